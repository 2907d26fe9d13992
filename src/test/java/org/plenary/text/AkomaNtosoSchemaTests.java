package org.plenary.text;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every revision Plenary exports in Akoma Ntoso is valid against the OASIS schema
 * ({@code akomantoso30.xsd}, kept unchanged in the test resources with its licence), read
 * from the classpath: the schema it imports ({@code xml.xsd}) is read beside it, never
 * from the network.
 */
@PlenaryIntegrationTest
class AkomaNtosoSchemaTests {

	static final String FOLDER = "/standards/akomantoso-3.0/";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Test
	void everyExportedRevisionOfTheDemoTextsIsValidAkomaNtoso() throws Exception {
		var schema = schema();
		int validated = 0;
		for (var process : this.processes.processes()) {
			for (var text : this.texts.texts(process.id(), Actor.anonymous())) {
				for (var revision : text.revisions()) {
					var response = this.mvc.get().uri("/api/revisions/{id}/revision.akn.xml", revision.id()).exchange();
					assertThat(response).hasStatusOk();
					var page = this.mvc.get().uri("/revisions/{id}", revision.id()).exchange();
					assertThat(page.getResponse().getContentAsString()).as("the revision's page links to its export")
						.contains("/api/revisions/" + revision.id() + "/revision.akn.xml");
					var errors = validate(schema, response.getResponse().getContentAsByteArray());
					assertThat(errors).as("%s of %s", revision.label(), text.title()).isEmpty();
					validated++;
				}
			}
		}
		assertThat(validated).as("the demo's zero draft and Rev.1 at least").isGreaterThanOrEqualTo(2);
	}

	@Test
	void theSchemaFindsAnInvalidDocumentInvalid() throws Exception {
		var invalid = """
				<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"><notAnElement/></doc></akomaNtoso>"""
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(validate(schema(), invalid)).isNotEmpty();
	}

	static Schema schema() throws Exception {
		var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setResourceResolver(new LocalOnly());
		var main = AkomaNtosoSchemaTests.class.getResource(FOLDER + "akomantoso30.xsd");
		assertThat(main).as("the schema in the test resources").isNotNull();
		return factory.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
	}

	static java.util.List<String> validate(Schema schema, byte[] xml) throws Exception {
		var errors = new ArrayList<String>();
		var validator = schema.newValidator();
		validator.setResourceResolver(new LocalOnly());
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add("line %d: %s".formatted(ex.getLineNumber(), ex.getMessage()));
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add("line %d: %s".formatted(ex.getLineNumber(), ex.getMessage()));
			}
		});
		validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
		return errors;
	}

	/** Resolves what the schema imports from the folder beside it; nothing else. */
	static final class LocalOnly implements LSResourceResolver {

		@Override
		public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
				String baseUri) {
			var name = systemId == null ? null : systemId.substring(systemId.lastIndexOf('/') + 1);
			if (!"xml.xsd".equals(name) && !"akomantoso30.xsd".equals(name)) {
				throw new IllegalStateException(
						"The schema asked for %s, which is not kept locally".formatted(systemId));
			}
			var url = AkomaNtosoSchemaTests.class.getResource(FOLDER + name);
			return new Input(publicId, url.toExternalForm(), baseUri);
		}

	}

	record Input(String publicId, String systemId, String baseUri) implements LSInput {

		@Override
		public InputStream getByteStream() {
			try {
				return new java.net.URL(this.systemId).openStream();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}

		@Override
		public Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(Reader characterStream) {
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public String getSystemId() {
			return this.systemId;
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public String getPublicId() {
			return this.publicId;
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return this.baseUri;
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}

	}

}
