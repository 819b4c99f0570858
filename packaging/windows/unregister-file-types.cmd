@echo off
rem Undoes register-file-types.cmd: .cwquiz and .cwresult files no longer
rem open in Chapterwise with a double-click. Only the current user's settings
rem change.
reg delete "HKCU\Software\Classes\Chapterwise.Assignment" /f >nul 2>&1
reg delete "HKCU\Software\Classes\Chapterwise.Result" /f >nul 2>&1
reg delete "HKCU\Software\Classes\.cwquiz" /f >nul 2>&1
reg delete "HKCU\Software\Classes\.cwresult" /f >nul 2>&1
echo Done: .cwquiz and .cwresult files are no longer opened by Chapterwise.
pause
