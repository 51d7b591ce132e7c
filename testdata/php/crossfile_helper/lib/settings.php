<?php
// Settings shared by the scripts of this repository.

define('KOBO_BASE', 'https://kc.kobotoolbox.org'); // want "KB101"

class OnaSettings
{
    const BASE = 'https://api.ona.io/api/v1';
}
