// Power Query exported from Excel as a .m file (told from MATLAB and
// Objective-C by its content).
let
    Base = "https://kc-eu.kobotoolbox.org", // want "KB102 host kc-eu.kobotoolbox.org"
    Stats = Json.Document(Web.Contents(Base, [RelativePath = "api/v1/stats/submissions/" & FormId])) // want "KB235 endpoint api/v1/stats"
in
    Stats
