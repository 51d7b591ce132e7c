# A Ruby script pulling one form's submissions.
require 'net/http'

form_id = ENV.fetch('KOBO_FORM_ID')
uri = URI("https://kc.kobotoolbox.org/api/v1/data/#{form_id}.json") # want "KB101 host" "KB202"
puts Net::HTTP.get(uri)
