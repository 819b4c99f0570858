package quiz

import (
	"strings"
	"testing"
)

// TestActedBackSaysWhatWasDone: an acted card's back drops the date and
// the actor its front asks with (round 16 cold war: the back repeated
// the source sentence); a back that does not open on the front's words,
// or any other card, keeps its back.
func TestActedBackSaysWhatWasDone(t *testing.T) {
	tests := []struct {
		kind        CardKind
		front, back string
		want        string
	}{
		{CardWhatWhen, "What did Kim Il-sung's North Korean People's Army do in June 1950? (chapter “Korean War”)",
			"In June 1950, Kim Il-sung's North Korean People's Army invaded South Korea.", "Invaded South Korea."},
		{CardWhatWhen, "What did the United States do in June 2002? (chapter “Introduction”)",
			"In June 2002 the United States withdrew from the treaty, leading to its termination.", "Withdrew from the treaty, leading to its termination."},
		{CardWhatWhen, "What did George W. Bush do on 13 December 2001?",
			"On 13 December 2001, George W. Bush gave Russia notice of the United States' withdrawal from the treaty.", "Gave Russia notice of the United States' withdrawal from the treaty."},
		{CardWhatWhen, "What did Gorbachev do in May 1985?",
			"In May 1985, Gorbachev gave a speech in Leningrad.\n“In May 1985, Gorbachev gave a speech in Leningrad.”", "Gave a speech in Leningrad.\n“In May 1985, Gorbachev gave a speech in Leningrad.”"},
		// counter-examples: another order, another actor, a name after the actor, another kind
		{CardWhatWhen, "What did Mao Zedong do on October 1, 1949?",
			"Mao Zedong proclaimed the People's Republic of China on October 1, 1949.", "Mao Zedong proclaimed the People's Republic of China on October 1, 1949."},
		{CardWhatWhen, "What did the US do in October 1977?",
			"In October 1977, the US, UK, and Soviet Union returned to negotiations.", "In October 1977, the US, UK, and Soviet Union returned to negotiations."},
		{CardWhatWhen, "What happened in May 1988?",
			"In May 1988, the Law on Cooperatives was enacted.", "In May 1988, the Law on Cooperatives was enacted."},
		{CardQuestion, "What did Chiang do in December 1949?",
			"In December 1949, Chiang proclaimed Taipei the capital.", "In December 1949, Chiang proclaimed Taipei the capital."},
	}
	for _, tt := range tests {
		if got := actedBack(Card{Kind: tt.kind, Front: tt.front, Back: tt.back}); got != tt.want {
			t.Errorf("actedBack(%q, %q) = %q; want %q", tt.front, tt.back, got, tt.want)
		}
	}
}

// TestEffectInBackStopsAtTheEffect: a why back that goes on into the
// effect its front asks about stops before it (round 16 cold war X-C15);
// one whose rest says something new, or a card that asks no why, keeps it.
func TestEffectInBackStopsAtTheEffect(t *testing.T) {
	tests := []struct {
		front, back, want string
	}{
		{"Why did the Chinese Communists gain China's prime industrial base?",
			"The Chinese Communists were able to fill the political vacuum left in Manchuria after Soviet forces withdrew from the area and thus gained China's prime industrial base.",
			"The Chinese Communists were able to fill the political vacuum left in Manchuria after Soviet forces withdrew from the area."},
		{"Why did the Soviets not veto the Council's approval of UN action?",
			"The Soviets boycotted UN Security Council meetings, thereby not vetoing the Council's approval of UN action.\n“…”",
			"The Soviets boycotted UN Security Council meetings.\n“…”"},
		{"Why did enterprises lose their state subsidies?",
			"The reform made enterprises self-financing, and so enterprises lost their state subsidies.",
			"The reform made enterprises self-financing."},
		// counter-examples: the rest says what the front does not ask; no why
		{"Why did the party split?",
			"The leaders quarrelled over the reforms and thus lost the election of 1990.",
			"The leaders quarrelled over the reforms and thus lost the election of 1990."},
		{"What did the Chinese Communists gain?",
			"The Chinese Communists were able to fill the political vacuum and thus gained China's prime industrial base.",
			"The Chinese Communists were able to fill the political vacuum and thus gained China's prime industrial base."},
	}
	for _, tt := range tests {
		if got := effectInBack(Card{Kind: CardQuestion, Front: tt.front, Back: tt.back}); got != tt.want {
			t.Errorf("effectInBack(%q, %q) = %q; want %q", tt.front, tt.back, got, tt.want)
		}
	}
}

// TestAllPartsFrontAsksForEveryPart: a card that shows a short list on
// its back asks for all of it (round 16 Potsdam Y-C9); a long or clausal
// back, or another front, is left as it is.
func TestAllPartsFrontAsksForEveryPart(t *testing.T) {
	tests := []struct {
		front, back, want string
	}{
		{`“… to execute the Allied resolutions (the "Four Ds").” Name one of these Allied resolutions.`,
			"Denazification, Demilitarization, Democratization and Decentralization.",
			`“… to execute the Allied resolutions (the "Four Ds").” Name all four of these Allied resolutions.`},
		{"“The Plan's aims were recovery, trade, and stability.” Name one of the Plan's aims.",
			"Recovery, trade, and stability.",
			"“The Plan's aims were recovery, trade, and stability.” Name all three of the Plan's aims."},
		{"“The treaty was signed by the US and the Soviet Union.” Name one of the signatories.",
			"The US and the Soviet Union",
			"“The treaty was signed by the US and the Soviet Union.” Name both of the signatories."},
		// counter-examples: one part; clauses; a question that asks no list
		{"“…” Name one of these resolutions.", "Denazification.", "“…” Name one of these resolutions."},
		{"“…” Name one of the reasons.",
			"Mao made fewer military mistakes, and Chiang antagonized too many interest groups.",
			"“…” Name one of the reasons."},
		{"What did the PTBT ban?", "Detonations underwater, in the atmosphere, and in outer space.", "What did the PTBT ban?"},
	}
	for _, tt := range tests {
		if got := allPartsFront(Card{Kind: CardQuestion, Front: tt.front, Back: tt.back}); got != tt.want {
			t.Errorf("allPartsFront(%q, %q) = %q; want %q", tt.front, tt.back, got, tt.want)
		}
	}
}

// TestPollSourceIsTrivia: the blank that names a poll's publisher in a
// sentence of percentages goes (round 16 China X-C20, Y-C20); a blank that
// acted, or a publisher in a sentence with no share, stays.
func TestPollSourceIsTrivia(t *testing.T) {
	tests := []struct {
		front, sentence string
		want            bool
	}{
		{"“As of 2014, the _____ indicated that 21 surveyed countries had a positive view of China.”",
			"As of 2014, the Pew Research Center indicated that 21 surveyed countries had a positive view (50% or above) of China.", true},
		{"“According to a _____ poll, 62 per cent of voters backed the treaty.”",
			"According to a Gallup poll, 62 per cent of voters backed the treaty.", true},
		{"“A survey by the _____ found that 40% of Germans opposed the plan.”",
			"A survey by the Allensbach Institute found that 40% of Germans opposed the plan.", true},
		// counter-examples
		{"“The _____ found that North Korea had violated the agreement.”",
			"The IAEA found that North Korea had violated the agreement.", false},
		{"“In 1948, the _____ provided 40% of the aid.”",
			"In 1948, the United States provided 40% of the aid.", false},
	}
	for _, tt := range tests {
		if got := pollSource(Card{Kind: CardCloze, Front: tt.front, Sentence: tt.sentence}); got != tt.want {
			t.Errorf("pollSource(%q) = %v; want %v", tt.front, got, tt.want)
		}
	}
}

// TestGiveawayVerbAsksTheDate: a cause card whose answer's verb its
// front gives away asks the answer's date (round 16 cold war X-C12,
// Y-C11); a verb the front does not hold, or an answer with no date,
// keeps the card.
func TestGiveawayVerbAsksTheDate(t *testing.T) {
	tests := []struct {
		front, back string
		wantFront   string
		wantBack    string
	}{
		{"What did the success of the airlift cause the Soviets to do?", "Lift their blockade in May 1949.",
			"When did the Soviets lift their blockade?", "May 1949 (after the success of the airlift)"},
		{"What did the withdrawal of the Soviet delegation lead the Council to do?", "Withdraw its objections in 1950.\n“…”",
			"When did the Council withdraw its objections?", "1950 (after the withdrawal of the Soviet delegation)\n“…”"},
		// counter-examples
		{"What did the success of the airlift cause the Soviets to do?", "Lift their blockade.",
			"What did the success of the airlift cause the Soviets to do?", "Lift their blockade."},
		{"What did the famine cause the government to do?", "Import grain in 1963.",
			"What did the famine cause the government to do?", "Import grain in 1963."},
		{"What did the airlift achieve?", "Lift the blockade in May 1949.",
			"What did the airlift achieve?", "Lift the blockade in May 1949."},
	}
	for _, tt := range tests {
		got, _ := giveawayVerbWhen(Card{Kind: CardQuestion, Front: tt.front, Back: tt.back})
		if got.Front != tt.wantFront || got.Back != tt.wantBack {
			t.Errorf("giveawayVerbWhen(%q, %q) = %q, %q; want %q, %q", tt.front, tt.back, got.Front, got.Back, tt.wantFront, tt.wantBack)
		}
	}
}

// TestTitleNameAnswerIsGivenAway: a who card answered by a name of the
// article's title goes (round 16 Marshall X-C12, Y-C12); another name,
// or a card that asks no person, stays.
func TestTitleNameAnswerIsGivenAway(t *testing.T) {
	tests := []struct {
		title, front, back string
		want               bool
	}{
		{"Marshall Plan", "Who did Truman appoint as Secretary of State in January 1947?", "Retired General George Marshall.", true},
		{"Brezhnev Doctrine", "Who is missing from the sentence?\n“_____ proclaimed the doctrine in 1968.”", "Leonid Brezhnev", true},
		{"Truman Doctrine", "Who announced the doctrine to Congress?", "Harry S. Truman.\n“…”", true},
		// counter-examples
		{"Marshall Plan", "Who signed the Marshall Plan on April 3, 1948?", "Harry Truman.\n“President Harry Truman signed the Marshall Plan …”", false},
		{"Brezhnev Doctrine", "Who is missing from the sentence?\n“_____ repudiated the doctrine in the late 1980s.”", "Mikhail Gorbachev", false},
		{"Marshall Plan", "What did Marshall scrap in July 1947?", "Joint Chiefs of Staff Directive 1067.", false},
		{"Foreign relations of China", "Who visited China in 1972?", "Richard Nixon.", false},
	}
	for _, tt := range tests {
		if got := titleNameAnswer(Card{Kind: CardQuestion, Front: tt.front, Back: tt.back}, tt.title); got != tt.want {
			t.Errorf("titleNameAnswer(%q, %q, %q) = %v; want %v", tt.title, tt.front, tt.back, got, tt.want)
		}
	}
}

// TestAbstractAimIsVague: an aim or emphasis answered without a name or a
// figure, in a front set in no time, goes (round 16 China X-C2, Y-C2); a
// dated front, an aim that names where or whom, or another question,
// stays.
func TestAbstractAimIsVague(t *testing.T) {
	tests := []struct {
		front, back string
		want        bool
	}{
		{"What did China seek to do? (chapter “Reform”)", "To create a secure regional and global environment for itself and foster good relations with countries that could aid its economic development.", true},
		{"What did European commercial interests seek to do? (chapter “Qing Dynasty”)", "To end the trading barriers.\n“European commercial interests sought to end the trading barriers, but …”", true},
		{"What did Mao emphasize?", "The desire for international partnerships.\n“…”", true},
		{"What did the reformers try to do?", "To make socialism work more efficiently.", true},
		// counter-examples: a dated front; an answer that names or counts; another question
		{"What did China seek to do in the 1970s and 1980s?", "To create a secure regional and global environment for itself.", false},
		{"What did Mao emphasize in the 1947-1962 era?", "The desire for international partnerships.", false},
		{"What did China seek to do after the conclusion of the Korean War?", "To balance its identification as a member of the Soviet bloc by establishing friendly relations with Pakistan.", false},
		{"What did the Marshall Plan aim to do?", "To rebuild Western Europe.", false},
		{"What did the Soviets seek to do in 1948?", "To cut 2 million people off from supplies.", false},
		{"What did the Law on Cooperatives permit?", "Private ownership of businesses in the services sector.", false},
	}
	for _, tt := range tests {
		if got := abstractAim(Card{Kind: CardQuestion, Front: tt.front, Back: tt.back}); got != tt.want {
			t.Errorf("abstractAim(%q, %q) = %v; want %v", tt.front, tt.back, got, tt.want)
		}
	}
}

// TestSeizedWhenAsksWhen: control or power after a verb that takes it is
// implied by the front; the card asks when (round 16 cold war X-C5). An
// answer that names a place the front does not, or another verb, stays.
func TestSeizedWhenAsksWhen(t *testing.T) {
	tests := []struct {
		front, back         string
		wantFront, wantBack string
	}{
		{"What did the Communist Party of Czechoslovakia assume in the Czechoslovak coup d'état of 1948?",
			"Undisputed control over the government of Czechoslovakia.\n“With Soviet backing, …”",
			"When did the Communist Party of Czechoslovakia assume undisputed control over the government of Czechoslovakia?",
			"In the Czechoslovak coup d'état of 1948\n“With Soviet backing, …”"},
		{"What did the Bolsheviks seize in October 1917?", "Power.",
			"When did the Bolsheviks seize power?", "In October 1917"},
		// counter-examples
		{"What did Japan seize in 1931?", "Control of Manchuria over the objections of the League of Nations.",
			"What did Japan seize in 1931?", "Control of Manchuria over the objections of the League of Nations."},
		{"What did the Soviet Union sign in 1955?", "Control agreements.",
			"What did the Soviet Union sign in 1955?", "Control agreements."},
		{"What did the party assume?", "Power.", "What did the party assume?", "Power."},
	}
	for _, tt := range tests {
		got, _ := seizedWhen(Card{Kind: CardQuestion, Front: tt.front, Back: tt.back})
		if got.Front != tt.wantFront || got.Back != tt.wantBack {
			t.Errorf("seizedWhen(%q, %q) = %q, %q; want %q, %q", tt.front, tt.back, got.Front, got.Back, tt.wantFront, tt.wantBack)
		}
	}
}

// TestCauseNamesEffectAsksTheCause: a lead-to card whose answer is a name
// its cause gives away asks the cause of the name (round 16 China X-Q22's
// card twin); an answer that is no name, or a name the cause does not
// give away, keeps the card.
func TestCauseNamesEffectAsksTheCause(t *testing.T) {
	tests := []struct {
		front, back         string
		wantFront, wantBack string
	}{
		{"What did increasing sales of Indian opium to China by British traders lead to? (chapter “Qing Dynasty”)", "The First Opium War.",
			"What led to the First Opium War?", "Increasing sales of Indian opium to China by British traders."},
		{"What did the blockade of Berlin lead to?", "The Berlin Airlift.\n“…”",
			"What led to the Berlin Airlift?", "The blockade of Berlin.\n“…”"},
		// counter-examples
		{"What did the Great Leap Forward of 1958-60 lead to?", "Millions of deaths from famine.",
			"What did the Great Leap Forward of 1958-60 lead to?", "Millions of deaths from famine."},
		{"What did the invasion of the South lead to?", "The Korean War.",
			"What did the invasion of the South lead to?", "The Korean War."},
		{"What did unemployment and food shortages lead to?", "Strikes and unrest in several nations.",
			"What did unemployment and food shortages lead to?", "Strikes and unrest in several nations."},
	}
	for _, tt := range tests {
		got, _ := causeNamesEffect(Card{Kind: CardQuestion, Front: tt.front, Back: tt.back})
		if got.Front != tt.wantFront || got.Back != tt.wantBack {
			t.Errorf("causeNamesEffect(%q, %q) = %q, %q; want %q, %q", tt.front, tt.back, got.Front, got.Back, tt.wantFront, tt.wantBack)
		}
	}
}

// TestMisspeltSettingGoes: a chapter hint whose title holds a word the
// article writes otherwise more often goes (round 16 builtin X-C10:
// "Meditation" for "mediation"); a plural, a rare spelling with no more
// frequent twin, or a word the text also uses most, stays.
func TestMisspeltSettingGoes(t *testing.T) {
	mk := func(title, text string) *Article {
		return &Article{Title: "T", Chapters: []Chapter{{Title: "Lead", Blocks: []Block{{Kind: Paragraph, Text: "The lead."}}}, {Title: title, Blocks: []Block{{Kind: Paragraph, Text: text}}}}}
	}
	tests := []struct {
		title, text string
		want        bool
	}{
		{"Mongolia’s Meditation Potential", "Mongolia holds potential in peace mediation, as a mediator. Its mediation role may be one of peace meditation.", true},
		{"The Goverment", "The government fell; a new government was formed.", true},
		{"The Treaty's Ratificaton", "Ratification was slow, and ratification by the Senate failed.", true},
		// counter-examples
		{"Foreign Relations", "The relation between the two states; relations improved.", false},
		{"Economic reforms", "The reform of 1987 and the reforms of 1988.", false},
		{"Mediation efforts", "Mongolia offered mediation; mediation was welcomed; meditation was not.", false},
		{"Glasnost", "Glasnost meant openness.", false},
		{"Status", "The status of the treaty: 44 states must ratify; 41 states have.", false},
		{"Causal links", "A casual reader sees casual links; the causal one is clear.", false},
	}
	for _, tt := range tests {
		got := misspeltTitles(mk(tt.title, tt.text))[tt.title]
		if got != tt.want {
			t.Errorf("misspeltTitles(%q over %q) = %v; want %v", tt.title, tt.text, got, tt.want)
		}
	}
	front := "Why has Mongolia been considered as a location for peace talks? (chapter “Mongolia’s Meditation Potential”)"
	if got := withoutSetting(front, map[string]bool{"Mongolia’s Meditation Potential": true}); got != "Why has Mongolia been considered as a location for peace talks?" {
		t.Errorf("withoutSetting = %q", got)
	}
	if got := withoutSetting(front, map[string]bool{"Economic reforms": true}); got != front {
		t.Errorf("withoutSetting kept no other hint: %q", got)
	}
}

// TestDanglingTheyIsContextFree: a cloze whose "their" or "they" stands
// for no one its sentence names is found (round 16 Brezhnev X-C13,
// Y-C13); one whose sentence names them first, or a card that does not
// show the sentence, is not.
func TestDanglingTheyIsContextFree(t *testing.T) {
	tests := []struct {
		kind            CardKind
		front, sentence string
		want            bool
	}{
		{CardCloze, "Who is missing from the sentence?\n“Along with Parcham, their leader, _____ was sent away.”", "Along with Parcham, their leader, Babrak Karmal was sent away.", true},
		{CardWhen, "When did this happen?\n“In _____, they signed the protocol.”", "In 1945, they signed the protocol.", false},
		{CardWhen, "When did this happen?\n“After the war, they signed the _____ protocol.”", "After the war, they signed the August protocol.", true},
		// counter-examples
		{CardCloze, "“The Soviets said their troops would stay in _____.”", "The Soviets said their troops would stay in Hungary.", false},
		{CardCloze, "“Britain and France sent their fleets to _____.”", "Britain and France sent their fleets to Suez.", false},
		{CardCloze, "“In 1956, _____ crushed the uprising and they executed Nagy.”", "In 1956, the Soviet Union crushed the uprising and they executed Nagy.", false},
		{CardWhen, "When was the Three Power Conference of Berlin held?", "In the Three Power Conference of Berlin from 17 July to 2 August 1945, they agreed to the Protocol.", false},
		{CardCloze, "“_____ repudiated the doctrine.”", "Gorbachev repudiated the doctrine.", false},
	}
	for _, tt := range tests {
		if got := danglingThey(Card{Kind: tt.kind, Front: tt.front, Sentence: tt.sentence}); got != tt.want {
			t.Errorf("danglingThey(%q) = %v; want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestDanglingClozeShowsTheSentenceBefore: the Brezhnev deck's cloze on
// "Along with Parcham, their leader, _____ was sent away." shows the
// sentence that says who "their" are, and no card of a corpus deck keeps
// a dangling "their" or "they" (round 16 Brezhnev X-C13, Y-C13).
func TestDanglingClozeShowsTheSentenceBefore(t *testing.T) {
	var found bool
	for _, ar := range goldArticles(t) {
		_, a := ar.read(t)
		for _, c := range StudyOf(a, nil).Cards() {
			if danglingThey(c) && !strings.Contains(c.Front, "the passage?") {
				t.Errorf("%s: a dangling cloze: %q", ar.name, c.Front)
			}
			if strings.Contains(c.Front, "their leader, _____ was sent away") {
				found = true
				if !strings.Contains(c.Front, "Who is missing from the passage?") || !strings.Contains(c.Front, "Parcham getting pushed out") {
					t.Errorf("the Karmal cloze shows no sentence before it: %q", c.Front)
				}
			}
		}
	}
	if !found {
		t.Skip("no Brezhnev Doctrine deck with the Karmal cloze")
	}
}
