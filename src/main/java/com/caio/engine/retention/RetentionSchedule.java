package com.caio.engine.retention;

import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The server purges what is older than {@code caio.retention.days} shortly after it
 * starts and then every {@code caio.retention.interval} (default 6 hours). Off when the
 * period is 0, the default: everything is kept.
 */
@Component
@EnableScheduling
@Profile("!cli")
@ConditionalOnExpression("${caio.retention.days:0} > 0")
class RetentionSchedule {

	private static final Log log = LogFactory.getLog(RetentionSchedule.class);

	private final RunRetention retention;

	private final int days;

	RetentionSchedule(RunRetention retention, @Value("${caio.retention.days}") int days) {
		this.retention = retention;
		this.days = days;
	}

	@Scheduled(initialDelayString = "${caio.retention.initial-delay:PT1M}",
			fixedDelayString = "${caio.retention.interval:PT6H}")
	void purgeExpired() {
		RunRetention.Purged purged = retention.purge(Instant.now().minus(Duration.ofDays(days)), "retention");
		if (!purged.runs().isEmpty() || purged.uploadsDeleted() > 0) {
			log.info("retention (" + days + " days): purged " + purged.runs().size() + " run(s) and "
					+ purged.uploadsDeleted() + " upload file(s), " + purged.bytesFreed() + " bytes");
		}
	}

}
