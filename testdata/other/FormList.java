// An Android screen listing the forms of the account: the JSON of the
// KoboCAT form list is read by key, with org.json.
package org.example.survey;

import org.json.JSONArray;
import org.json.JSONObject;

public class FormList {
    static final String FORMS = "https://kc.kobotoolbox.org/api/v1/forms"; // want "KB101 host" "KB210"

    void show(JSONArray forms) {
        for (int i = 0; i < forms.length(); i++) {
            JSONObject f = forms.getJSONObject(i);
            String id = f.getString("id_string"); // want "KB401 field id_string"
            int count = f.optInt("num_of_submissions", 0); // want "KB424 field num_of_submissions"
            String title = f.getString("title");
            render(id, title, count);
        }
    }

    void render(String id, String title, int count) {}
}
