; Newsdesk's Windows installer, built by scripts/dist.sh with Debian's makensis:
;   makensis -INPUTCHARSET UTF8 -DVERSION=1.0.0 -DBUILD=1 -DAPPID=vn.newsdesk.editor -DSRC=dir \
;     -DCOMPANY=… -DCOPYRIGHT=… -DOUTFILE=setup.exe newsdesk.nsi
; SRC holds Newsdesk.exe, its console twin newsdesk-cli.exe and newsdesk.ico. It installs for the current user only
; (no administrator needed) into %LocalAppData%\Programs\Newsdesk, adds a Start menu
; entry, offers Newsdesk under "Open with" for .zip files (report bundles are zips;
; Windows types a file by its last extension only, so it cannot single out
; .newsdesk.zip and Newsdesk does not take over .zip as the default), and registers
; an uninstaller under Settings > Apps. A Newsdesk still running (its program or its
; console twin) is asked to be closed before its files are replaced or removed.
Target amd64-unicode ; a 64-bit installer, like the program (needs NSIS 3.0x stubs for amd64)
SetCompressor /SOLID lzma
RequestExecutionLevel user
!include "MUI2.nsh"

Name "Newsdesk"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Newsdesk"
InstallDirRegKey HKCU "Software\Newsdesk" "InstallDir"
BrandingText "Newsdesk ${VERSION}"
VIProductVersion "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=0 "ProductName" "Newsdesk"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=0 "FileDescription" "Newsdesk installer"
VIAddVersionKey /LANG=0 "CompanyName" "${COMPANY}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${COPYRIGHT}"

!define MUI_ICON "${SRC}\newsdesk.ico"
!define MUI_UNICON "${SRC}\newsdesk.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\Newsdesk.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

; Every running Newsdesk.exe and newsdesk-cli.exe holds this mutex (see
; cmd/newsdesk/running_windows.go); while it exists the files are in use.
!define RUNNING "Local\${APPID}.running"
LangString RunningText ${LANG_VIETNAMESE} "Newsdesk đang chạy. Hãy đóng mọi cửa sổ Newsdesk (công việc đã được lưu), rồi bấm Thử lại."
LangString RunningText ${LANG_ENGLISH} "Newsdesk is running. Close every Newsdesk window (the work is saved), then press Retry."

; WaitClosed: asks, again and again, to close a running Newsdesk; Cancel (or a
; silent install while it runs) stops without changing anything.
!macro WaitClosed un
Function ${un}WaitClosed
  check:
    System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${RUNNING}") p .r0'
    IntPtrCmp $0 0 done
    System::Call 'kernel32::CloseHandle(p r0)'
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RunningText)" /SD IDCANCEL IDRETRY check
    Abort
  done:
FunctionEnd
!macroend
!insertmacro WaitClosed ""
!insertmacro WaitClosed "un."

; Asked first, before any page, and again just before the files are written.
Function .onInit
  Call WaitClosed
FunctionEnd
Function un.onInit
  Call un.WaitClosed
FunctionEnd

!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define PROGID "Newsdesk.Bundle"

Section "Newsdesk"
  Call WaitClosed
  SetOutPath "$INSTDIR"
  File "${SRC}\Newsdesk.exe"
  File "${SRC}\newsdesk-cli.exe"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  WriteRegStr HKCU "Software\Newsdesk" "InstallDir" "$INSTDIR"
  CreateShortcut "$SMPROGRAMS\Newsdesk.lnk" "$INSTDIR\Newsdesk.exe"

  ; "Open with" for report bundles
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Newsdesk report bundle"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\Newsdesk.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\Newsdesk.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.zip\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\Newsdesk.exe" "FriendlyAppName" "Newsdesk"
  WriteRegStr HKCU "Software\Classes\Applications\Newsdesk.exe\SupportedTypes" ".zip" ""
  WriteRegStr HKCU "Software\Classes\Applications\Newsdesk.exe\shell\open\command" "" '"$INSTDIR\Newsdesk.exe" "%1"'

  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "Newsdesk"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\Newsdesk.exe,0"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${COMPANY}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ; SHCNE_ASSOCCHANGED: Explorer rereads the file associations
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

; The library (%LocalAppData%\Newsdesk\library.sqlite, or %AppData%\Newsdesk where earlier versions kept it) is the user's work: never removed.
Section "Uninstall"
  Call un.WaitClosed
  Delete "$SMPROGRAMS\Newsdesk.lnk"
  Delete "$INSTDIR\Newsdesk.exe"
  Delete "$INSTDIR\newsdesk-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegValue HKCU "Software\Classes\.zip\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "Software\Classes\Applications\Newsdesk.exe"
  DeleteRegKey HKCU "Software\Newsdesk"
  DeleteRegKey HKCU "${UNINSTKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
