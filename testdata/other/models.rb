# An XLSForm builder: id_string is the form's settings name, and no
# request of this file talks to Kobo.
class Settings
  attr_accessor :id_string
  def initialize(id_string)
    @id_string = id_string
  end
  def to_h = { 'id_string' => id_string }
end
