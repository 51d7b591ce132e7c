// An Android sync job: only literals are read in Java.
package org.example.survey;

public class KoboSync {
    static final String SERVER = "https://kc.kobotoolbox.org"; // want "KB101 host"
    static final String FORMS = "/api/v1/forms"; // want "KB210"
    // see https://kc.kobotoolbox.org/api/v1/ for the old API (a comment: not reported)

    String dataUrl(int formId) {
        return SERVER + "/api/v1/data/" + formId; // want "KB202"
    }

    String v2(String uid) {
        return "https://kf.kobotoolbox.org/api/v2/assets/" + uid + "/data/";
    }
}
