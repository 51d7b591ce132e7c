<?php
// What a method returns, called on an object this file creates, is the
// response it returns: the fields read from it are that response's.

class KoboForms
{
    private $base = 'https://kc.kobotoolbox.org/api/v1'; // want "KB101" "KB200"

    public function all()
    {
        return json_decode(file_get_contents($this->base . '/forms'), true); // want "KB501" "KB210"
    }
}

$forms = new KoboForms();
foreach ($forms->all() as $form) {
    echo $form['title'], PHP_EOL; // want "KB403"
}

// The same shape on Ona's API: silent
class OnaForms
{
    private $base = 'https://api.ona.io/api/v1';

    public function all()
    {
        return json_decode(file_get_contents($this->base . '/forms'), true);
    }
}

$ona = new OnaForms();
foreach ($ona->all() as $form) {
    echo $form['title'], $form['downloadable'], PHP_EOL;
}
