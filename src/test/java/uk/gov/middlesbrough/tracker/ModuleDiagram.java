package uk.gov.middlesbrough.tracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams (PlantUML, one for the whole app and one per module) and each module's canvas into
 * {@code docs/modules}. Not part of {@code ./mvnw verify} (the name matches neither {@code *Tests} nor {@code *IT});
 * run it when the modules change: {@code ./mvnw -q test -Dtest=ModuleDiagram -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ModuleDiagram {

	@Test
	void writesTheModuleDiagramsIntoDocs() {
		new Documenter(ApplicationModules.of(TrackerApplication.class), Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
