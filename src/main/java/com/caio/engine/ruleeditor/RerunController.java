package com.caio.engine.ruleeditor;

import com.caio.engine.security.Access;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/{kind}/{id}/rerun}: the run re-run under the rule set it recorded,
 * compared with what was stored; nothing is stored. Runs the caller cannot see are
 * answered 404 as missing ones.
 */
@RestController
class RerunController {

	private final Rerun rerun;

	private final Access access;

	RerunController(Rerun rerun, Access access) {
		this.rerun = rerun;
		this.access = access;
	}

	@PostMapping("/api/{kind}/{id}/rerun")
	Rerun.Comparison rerun(@PathVariable String kind, @PathVariable long id, Authentication auth) {
		return rerun.underRecordedVersion(kind, id, access.runs(auth));
	}

}
