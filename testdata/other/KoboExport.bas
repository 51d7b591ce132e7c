Attribute VB_Name = "KoboExport"
' Excel VBA: downloads a form's submissions as CSV.
Option Explicit

Const KOBO_URL As String = "https://kc.kobotoolbox.org" ' want "KB101 host kc.kobotoolbox.org"
Const ONA_URL As String = "https://api.ona.io"

Public Function DataUrl(formId As Long) As String
    DataUrl = KOBO_URL & "/api/v1/data/" & formId & ".csv" ' want "KB202 endpoint /api/v1/data/"
End Function

Public Function FormsUrl() As String
    FormsUrl = KOBO_URL & _
        "/api/v1/forms" ' want "KB210 endpoint /api/v1/forms"
End Function

Public Function OnaFormsUrl() As String
    Rem Ona keeps its v1 API
    OnaFormsUrl = ONA_URL & "/api/v1/forms"
End Function
