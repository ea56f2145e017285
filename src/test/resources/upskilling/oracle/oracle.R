# The oracle for UpskillingOracleTests: R's paired t.test per module of the shipped example's
# results, and lm() of external AI hours on programme month over the example's task log.
# Run from the project root: Rscript src/test/resources/upskilling/oracle/oracle.R > src/test/resources/upskilling/oracle/oracle.csv
r <- read.csv("examples/upskilling/module-results.csv")
cat("kind,key,n,estimate,low,high,t,p\n")
for (m in unique(r$module)) {
  d <- r[r$module == m & !is.na(r$pre) & !is.na(r$post), ]
  tt <- t.test(d$post, d$pre, paired = TRUE)
  cat(sprintf("paired,%s,%d,%.10f,%.10f,%.10f,%.10f,%.12g\n", m, nrow(d), tt$estimate, tt$conf.int[1], tt$conf.int[2], tt$statistic, tt$p.value))
}
log <- read.csv("examples/upskilling/task-log.csv")
ai <- log[log$ai_related == "yes" & log$done_by == "external", ]
monthly <- aggregate(hours ~ month, data = ai, FUN = sum)
monthly$pm <- sapply(monthly$month, function(s) {
  y <- as.integer(substr(s, 1, 4)); mo <- as.integer(substr(s, 6, 7)); (y - 2026) * 12 + mo
})
baseline <- mean(tail(monthly$hours[monthly$pm <= 0], 3))
prog <- monthly[monthly$pm >= 1, ]
fit <- lm(hours ~ pm, data = prog)
s <- summary(fit)
ci <- confint(fit)["pm", ]
pr <- predict(fit, newdata = data.frame(pm = 12), se.fit = TRUE)
threshold <- 0.5 * baseline
prob <- pt((threshold - pr$fit) / pr$se.fit, df = fit$df.residual)
cat(sprintf("lm,slope,%d,%.10f,%.10f,%.10f,%.10f,%.12g\n", nrow(prog), coef(fit)["pm"], ci[1], ci[2], s$coefficients["pm", "t value"], s$coefficients["pm", "Pr(>|t|)"]))
cat(sprintf("lm,month12,%d,%.10f,%.10f,%.10f,%.10f,%.12g\n", nrow(prog), pr$fit, pr$fit - qt(0.975, fit$df.residual) * pr$se.fit, pr$fit + qt(0.975, fit$df.residual) * pr$se.fit, pr$se.fit, prob))
cat(sprintf("lm,baseline,3,%.10f,0,0,0,0\n", baseline))
