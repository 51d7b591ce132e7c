// Only literals are read in Java: a key read by name may be the response's
// or the program's own settings', so no rename is safe, and the URL, whose
// response those reads may hold, is rewritten with them.
package org.example.survey;

import org.json.JSONObject;

public class AssetSync {
    static final String ASSET = "https://kf.kobotoolbox.org/assets/aBcD1234eFgH5678iJkL90/"; // want "KB304 endpoint"

    String ids(JSONObject asset, JSONObject settings) {
        return asset.getString("id_string") + settings.getString("id_string"); // want "KB401 field id_string" "KB401 field id_string"
    }
}
