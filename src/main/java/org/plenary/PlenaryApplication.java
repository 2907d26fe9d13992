package org.plenary;

import java.util.List;

import org.plenary.correspondence.ExtractCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlenaryApplication {

	/**
	 * Serves Plenary; or, as {@code extract FILE...}, reads letters and prints what they
	 * say without starting the server or touching a database.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("extract")) {
			System.exit(ExtractCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
		}
		var application = new SpringApplication(PlenaryApplication.class);
		if (Boolean.getBoolean("plenary.startup-recording")) {
			application.setApplicationStartup(new FlightRecorderApplicationStartup());
		}
		application.run(args);
	}

}
