; Inno Setup 6 script for CohortDesk on Windows (64-bit).
;
; Build the bundle first (on Windows, in the project folder):
;     py -3.12 -m venv .venv
;     .venv\Scripts\python -m pip install -e ".[installer]"
;     .venv\Scripts\python installer\build.py
; installer\build.py runs ISCC itself when Inno Setup 6 is installed, passing AppVersion,
; SourceDir and OutputDir; by hand:
;     "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\cohortdesk.iss
;
; Installs per user by default (no administrator rights: {userpf} is
; %LOCALAPPDATA%\Programs), offers "for all users" when run as administrator, adds a Start menu
; entry and an optional desktop icon. Uninstalling never removes workspaces, which live in
; %LOCALAPPDATA%\CohortDesk.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=<version from pyproject.toml> cohortdesk.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\CohortDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "CohortDesk"
#define AppExe "cohortdesk.exe"

[Setup]
; A fixed AppId lets a new version upgrade the old one in place; never change it.
AppId={{6F0C7A52-3B1E-4C57-9D6B-2E8F4A1C0D39}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CohortDesk
AppComments=Run peer-learning cohorts and their convenings, offline.
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\cohortdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The licences of what the app bundles (Qt's LGPL, Python's, the fonts'), shown before installing
; as an information page: they govern redistribution, so there is nothing for staff to accept.
InfoBeforeFile=..\licenses\NOTICE.txt
; Close a running CohortDesk before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version's bundle replaces the old one wholesale, so no stale library is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Run peer-learning cohorts and their convenings"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
