% MATLAB: the form list through webread.
opts = weboptions('HeaderFields', {'Authorization', ['Token ' getenv('KOBO_TOKEN')]});
base = 'https://kc.kobotoolbox.org'; % want "host kc.kobotoolbox.org"
forms = webread([base '/api/v1/forms'], opts); % want "endpoint /api/v1/forms"
disp(numel(forms))
