% MATLAB: the form list through webread.
opts = weboptions('HeaderFields', {'Authorization', ['Token ' getenv('KOBO_TOKEN')]});
base = 'https://kc.kobotoolbox.org'; % want "KB101 host kc.kobotoolbox.org"
forms = webread([base '/api/v1/forms'], opts); % want "KB210 endpoint /api/v1/forms"
disp(numel(forms))
