# Lexical corner cases: raw strings, escapes, backtick names, odd spacing.
k1 <- r"(https://kc.kobotoolbox.org/api/v1/forms)" # want "KB101 host" "KB210 endpoint"
k2 <- R"---[https://kc.kobotoolbox.org/api/v1/data]---" # want "KB101 host" "KB201 endpoint"
escaped <- "https://kf.kobotoolbox.org/assets/\x61bc/" # want "KB304 endpoint"
`odd name` <- 'https://kf.kobotoolbox.org/api/v2/assets/'
lambda <- \(x) x + 1L
n <- 0x1p3 + 1e-3 + 2i
pct <- 5 %% 3
res <- httr::GET ("https://kc.kobotoolbox.org/api/v1/user") # want "KB101 host" "KB230 endpoint"
u <- httr::content(res)
u$`organization` # want "KB443 field organization"
