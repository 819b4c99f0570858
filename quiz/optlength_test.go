package quiz

import "testing"

// TestLengthGiveaway: a title of nine words or more beside an answer of
// half as many is dropped; a long option beside a long answer, and short
// options, stay (names from the China, CTBT, Potsdam and Marshall Plan
// articles).
func TestLengthGiveaway(t *testing.T) {
	cases := []struct {
		answer, option string
		want           bool
	}{
		{"Treaty on the Non-Proliferation of Nuclear Weapons", "Joint Communiqué of the Government of Japan and the Government of the People's Republic of China", true},
		{"Resolution 2758", "Joint Communiqué of the Government of Japan and the Government of the People's Republic of China", true},
		{"Potsdam Agreement", "Protocol of the Proceedings of the Berlin Conference of the Three Heads of Government", true},
		{"Marshall Plan", "Treaty on the Final Settlement with Respect to Germany in 1990", true},
		// counter-examples
		{"Treaty on the Non-Proliferation of Nuclear Weapons", "Comprehensive Nuclear-Test-Ban Treaty", false},
		{"Treaty on the Final Settlement with Respect to Germany", "Protocol of the Proceedings of the Berlin Conference of the Three Heads of Government", false},
		{"Partial Test Ban Treaty", "Treaty Banning Nuclear Weapon Tests in the Atmosphere", false},
		{"Marshall Plan", "Joint Chiefs of Staff Directive 1067", false},
		{"Warsaw Pact", "Treaty of Nanking", false},
	}
	for _, c := range cases {
		if got := lengthGiveaway(c.answer, c.option); got != c.want {
			t.Errorf("lengthGiveaway(%q, %q) = %v, want %v", c.answer, c.option, got, c.want)
		}
	}
}

// TestNoLongTitleAmongShort: over the corpus articles and 20 seeds (the
// quizzes of forEachQuiz, made once for every test that reads them), no
// choice question offers a distractor that lengthGiveaway would drop.
func TestNoLongTitleAmongShort(t *testing.T) {
	forEachQuiz(t, func(t *testing.T, h hygieneArticle, _ *generator, qs []Question) {
		for _, q := range qs {
			if q.Type != MultipleChoice || q.Kind == DateFact || q.Kind == NumberFact {
				continue
			}
			for _, o := range q.Options {
				if o != q.Answer[0] && lengthGiveaway(q.Answer[0], o) {
					t.Errorf("%s: %q offered beside %q", h.name, o, q.Answer[0])
				}
			}
		}
	})
}

// TestBlocGroup: a sentence that names a bloc's or an alliance's states
// ("The states of the future Eastern Bloc were also approached, and _____
// and Poland agreed to attend") qualifies the group its listed blank
// belongs to; a bloc named elsewhere in the sentence, or no bloc, does not.
func TestBlocGroup(t *testing.T) {
	cases := []struct {
		sentence string
		want     bool
	}{
		{"The states of the future Eastern Bloc were also approached, and Czechoslovakia and Poland agreed to attend.", true},
		{"Members of the Warsaw Pact, Hungary and Poland among them, sent troops.", true},
		{"Eastern Bloc countries such as Hungary and Poland refused the aid.", true},
		{"NATO members Canada and Norway joined the exercise.", true},
		{"The countries of the North Atlantic Treaty Organization, Italy and France among them, met.", true},
		// counter-examples
		{"The Soviet Union and Poland signed the treaty.", false},
		{"The Warsaw Pact invaded Czechoslovakia in 1968.", false},
		{"Japan established diplomatic relations with the PRC in 1972.", false},
		{"The Marshall Plan gave aid to France and Italy.", false},
	}
	for _, c := range cases {
		if got := reBlocGroup.MatchString(c.sentence); got != c.want {
			t.Errorf("reBlocGroup(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
}

// TestSignableOption: a name the article makes act ("the Warsaw Pact
// invasion of") or have members ("members of NATO") is no option for
// what was signed; a treaty the article only signs stays.
func TestSignableOption(t *testing.T) {
	g := mainPointGenerator(t, "Foreign relations", "This article is about foreign relations.",
		"The Warsaw Pact invasion of Czechoslovakia in 1968 alarmed China. "+
			"Britain and China signed the Treaty of Nanking in 1842. "+
			"Greece and Turkey became members of the North Atlantic Treaty Organization in 1952. "+
			"The Soviet Union signed the Partial Test Ban Treaty in 1963.")
	for name, want := range map[string]bool{
		"Warsaw Pact": false, "North Atlantic Treaty Organization": false, // bodies: cold war, China
		"Treaty of Nanking": true, "Partial Test Ban Treaty": true, // China, CTBT
	} {
		if got := g.signableOption(name); got != want {
			t.Errorf("signableOption(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestBodyAnswer: an answer the article makes act or have members is a
// body, whose options must be bodies; a treaty, a doctrine and a name
// the article never makes act are not.
func TestBodyAnswer(t *testing.T) {
	g := mainPointGenerator(t, "Foreign relations", "This article is about foreign relations.",
		"The Warsaw Pact invasion of Czechoslovakia in 1968 alarmed China. "+
			"Britain and China signed the Treaty of Nanking in 1842. "+
			"Greece and Turkey became members of the North Atlantic Treaty Organization in 1952. "+
			"The Brezhnev Doctrine was announced in 1968. The Belgrade Declaration was signed in 1955.")
	for name, want := range map[string]bool{
		"Warsaw Pact": true, "North Atlantic Treaty Organization": true, // Brezhnev, cold war
		"Treaty of Nanking": false, "Brezhnev Doctrine": false, "Belgrade Declaration": false, // China, Brezhnev
	} {
		if got := g.bodyAnswer(Fact{Kind: PolicyFact, Value: name}); got != want {
			t.Errorf("bodyAnswer(%q) = %v, want %v", name, got, want)
		}
	}
	if g.bodyAnswer(Fact{Kind: PlaceFact, Value: "Warsaw Pact"}) {
		t.Error("bodyAnswer of a place fact, want false")
	}
}

// TestEnactedSlot: what a legislature amended, passed or repealed is a
// law, and its options are laws; a slot with no such verb, or an answer
// that is no law, asks nothing of the options.
func TestEnactedSlot(t *testing.T) {
	cases := []struct {
		sentence, answer string
		options          map[string]bool
	}{
		{"Congress amended the Chinese Exclusion Act and Roosevelt moved to end the unequal treaties.", "Chinese Exclusion Act", // China
			map[string]bool{"Treaty of Shimonoseki": false, "Treaty on the Non-Proliferation of Nuclear Weapons": false, "Immigration Act": true}},
		{"In July 1987, the Supreme Soviet of the Soviet Union passed the Law on State Enterprise.", "Law on State Enterprise", // perestroika
			map[string]bool{"Personnel Policy": false, "Law on Cooperatives": true}},
		{"The Law on Cooperatives, enacted in May 1988, was perhaps the most radical of the economic reforms.", "Law on Cooperatives", // perestroika
			map[string]bool{"Personnel Policy": false, "Law on State Enterprise": true}},
		// counter-examples
		{"Congress passed the Marshall Plan in April 1948.", "Marshall Plan", // a plan: no law asked
			map[string]bool{"Truman Doctrine": true, "Morgenthau Plan": true}},
		{"The Chinese Exclusion Act angered China for decades.", "Chinese Exclusion Act", // no legislature's verb
			map[string]bool{"Treaty of Shimonoseki": true}},
	}
	for _, c := range cases {
		f := factAt12(t, PolicyFact, c.sentence, c.answer)
		fr := slotFrameOf(f)
		for o, want := range c.options {
			if got := fitsFrame(fr, c.answer, o); got != want {
				t.Errorf("fitsFrame(%v, %q, %q) = %v, want %v in %q", fr, c.answer, o, got, want, c.sentence)
			}
		}
	}
}
