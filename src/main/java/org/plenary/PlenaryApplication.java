package org.plenary;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlenaryApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlenaryApplication.class, args);
	}

}
