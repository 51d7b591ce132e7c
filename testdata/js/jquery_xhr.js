// Legacy dashboard widgets (jQuery era).
var SERVER = "https://kc.kobotoolbox.org"; // want "KB101 host"

function loadForms(token) {
  $.ajax({
    url: SERVER + "/api/v1/forms", // want "KB210 endpoint"
    headers: { Authorization: "Token " + token },
    success: function (forms) {
      $.each(forms, function (i, form) {
        $("#forms").append("<li>" + form.title + " (" + form.num_of_submissions + ")</li>"); // want "KB403 field title" "KB424 field num_of_submissions"
      });
    }
  });
}

function loadUser(token, done) {
  var xhr = new XMLHttpRequest();
  xhr.open("GET", SERVER + "/api/v1/user"); // want "KB230 endpoint"
  xhr.setRequestHeader("Authorization", "Token " + token);
  xhr.onload = function () {
    var me = JSON.parse(this.responseText);
    done(me.username, me.api_token); // want "KB446 field api_token"
  };
  xhr.send();
}

function loadWeather(city) {
  $.getJSON("https://api.weather.example/v1/current?q=" + city, function (w) {
    $("#weather").text(w.title + " " + w.description);
  });
}

$(document).ready(function () {
  $("h1").text(document.title);
});
