@echo off
rem Makes a double-click on a .cwquiz (assignment) or .cwresult (result) file
rem open it in Chapterwise: "Chapterwise.exe" open "FILE". Only the current
rem user's settings (HKEY_CURRENT_USER) change; no administrator rights needed.
rem Run it again after moving the folder; unregister-file-types.cmd undoes it.
setlocal
set "EXE=%~dp0Chapterwise.exe"
if not exist "%EXE%" (
  echo Chapterwise.exe is not in %~dp0 - run this from the unpacked folder.
  pause
  exit /b 1
)
call :assoc .cwquiz Chapterwise.Assignment "Chapterwise assignment" || goto failed
call :assoc .cwresult Chapterwise.Result "Chapterwise result" || goto failed
echo Done: .cwquiz and .cwresult files now open in Chapterwise.
pause
exit /b 0

:assoc
reg add "HKCU\Software\Classes\%1" /ve /d "%2" /f >nul || exit /b 1
reg add "HKCU\Software\Classes\%2" /ve /d "%~3" /f >nul || exit /b 1
reg add "HKCU\Software\Classes\%2\DefaultIcon" /ve /d "\"%EXE%\",0" /f >nul || exit /b 1
reg add "HKCU\Software\Classes\%2\shell\open\command" /ve /d "\"%EXE%\" open \"%%1\"" /f >nul || exit /b 1
exit /b 0

:failed
echo Could not write the file associations (see the message above).
pause
exit /b 1
