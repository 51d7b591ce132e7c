// A Retrofit client: the builder holds the base URL, the interface's
// annotations name the paths.
package org.example.survey;

import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Path;

public class SurveyService {
    interface Api {
        @GET("forms") // want "KB210 endpoint"
        Call<List<Form>> forms();

        @GET("data/{id}") // want "KB202 endpoint"
        Call<List<Row>> rows(@Path("id") int id);
    }

    static Api create() {
        return new Retrofit.Builder()
            .baseUrl("https://kc.kobotoolbox.org/api/v1/") // want "KB101 host" "KB200 endpoint"
            .build()
            .create(Api.class);
    }
}
