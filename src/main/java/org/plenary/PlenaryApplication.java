package org.plenary;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PlenaryApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlenaryApplication.class, args);
	}

}
