; Inno Setup script: installs Aide-Mémoire for the current user, without administrator rights, with a Start-menu
; entry and an uninstaller, and registers nothing else (no file types, no services, no PATH change).
; The records live in the user's data folder (%LOCALAPPDATA%\Aide-Memoire); uninstalling or upgrading leaves them.
; Built by installer/build.py, which passes AppVersion, SourceDir (the PyInstaller folder) and OutputDir.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\aide-memoire"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{E052A516-8DB3-4593-9CAC-9A27619E23CA}
AppName=Aide-Mémoire
AppVersion={#AppVersion}
AppPublisher=The Aide-Mémoire developers
DefaultDirName={localappdata}\Programs\Aide-Memoire
DefaultGroupName=Aide-Mémoire
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
OutputDir={#OutputDir}
OutputBaseFilename=aide-memoire-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\aide-memoire.ico
UninstallDisplayIcon={app}\Aide-Memoire.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=no
ChangesEnvironment=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program files; the records are elsewhere and are not touched.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\Aide-Mémoire"; Filename: "{app}\Aide-Memoire.exe"; WorkingDir: "{app}"

[Run]
Filename: "{app}\Aide-Memoire.exe"; Description: "{cm:LaunchProgram,Aide-Mémoire}"; Flags: nowait postinstall skipifsilent
