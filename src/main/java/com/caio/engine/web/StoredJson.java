package com.caio.engine.web;

import java.util.Optional;

import com.caio.engine.storage.StoredRun;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored result as its HTTP answer: the JSON as it was stored, or 404. */
public final class StoredJson {

	private StoredJson() {
	}

	public static ResponseEntity<String> response(Optional<StoredRun> run) {
		return run.map(r -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(r.resultJson()))
			.orElse(ResponseEntity.notFound().build());
	}

}
