# Things that look like Kobo v1 usage and are not.
library(ggplot2)
library(shiny)
library(httr)

#' Plot submissions per day
#' @param formid the numeric id of the form
#' @param title plot title
plot_daily <- function(df, formid, title) {
  ggplot(df, aes(day, n)) +
    geom_col() +
    ggtitle("Submissions per day") +
    labs(title = title, subtitle = paste("form", formid))
}

ui <- fluidPage(
  titlePanel("Field monitoring"),
  tags$div(class = "box", tags$h3("Latest")),
  textInput("username", "User")
)

server <- function(input, output) {
  output$who <- renderText(input$username)
}

# Ona has the same /api/v1 paths; it is not Kobo
ona <- GET("https://api.ona.io/api/v1/data")
ona_forms <- content(ona)
ona_titles <- sapply(ona_forms, function(f) f$title)

# already v2
kpi <- "https://kf.kobotoolbox.org"
assets <- content(GET(paste0(kpi, "/api/v2/assets/"), query = list(asset_type = "survey")))
for (a in assets$results) message(a$uid, " ", a$name, " ", a$deployment__submission_count)

kcal <- 2100
kc_total <- kcal * 30

# a Shiny widget named like a v1 field, in a file that talks to Kobo
kobo_server <- function(input, output, session) {
  output$n <- renderText(input$formid)
  output$id <- renderText(input$id_string)
}
