"""pyxform-style survey dictionaries: id_string is an XForm name here."""


def settings_row(survey):
    return {"form_id": survey["id_string"], "version": survey["version"]}
