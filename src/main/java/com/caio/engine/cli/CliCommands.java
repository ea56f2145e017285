package com.caio.engine.cli;

import java.util.List;

/**
 * A bean that contributes several commands at once (one per capability), found like the
 * single {@link CliCommand} beans.
 */
public interface CliCommands {

	List<CliCommand> commands();

}
