// A Kotlin client of Ona's API, whose forms carry the same names as
// KoboCAT's: nothing here is Kobo's.
package org.example.ona

val ONA = "https://api.ona.io/api/v1/forms"

fun names(forms: List<Map<String, Any>>) = forms.map { it["id_string"] as String }

fun count(form: Form) = form.num_of_submissions
