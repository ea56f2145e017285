# The oracle for the governance pack's KPI reviews: R's Welch two-sample t-test
# (t.test(x, y), var.equal = FALSE by default) on each KPI of examples/governance/kpis.csv,
# the review window (the 3 months up to 6 and 12 months after go-live) against the baseline.
#   Rscript src/test/resources/governance/welch-oracle.R > src/test/resources/governance/welch-oracle.csv
kpis <- read.csv("examples/governance/kpis.csv", stringsAsFactors = FALSE)
kpis$date <- as.Date(kpis$date)
cat("kpi,month,window_mean,baseline_mean,t,df,p\n")
for (name in unique(kpis$kpi)) {
  k <- kpis[kpis$kpi == name, ]
  baseline <- k[k$baseline == "yes", "value"]
  after <- k[k$baseline == "no", ]
  go_live <- min(after$date)
  for (month in c(6, 12)) {
    review <- seq(go_live, by = paste(month, "months"), length.out = 2)[2]
    from <- seq(review, by = "-3 months", length.out = 2)[2] + 1
    window <- after[after$date >= from & after$date <= review, "value"]
    t <- t.test(window, baseline)
    cat(sprintf("%s,%d,%.12g,%.12g,%.12g,%.12g,%.12g\n", name, month, mean(window), mean(baseline),
                t$statistic, t$parameter, t$p.value))
  }
}
