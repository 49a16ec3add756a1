package io.roster.process;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine parses each async step's retry cycle whenever it creates the step's job, with a new
 * {@link DatatypeFactory}; without this property the JDK looks for a factory in every jar on the class path each time
 * (measured: a tenth of the job executor's CPU in a burst of terminations). Naming the JDK's own factory, which is
 * what that search finds anyway, makes the look-up immediate.
 */
@Component
class DatatypeFactoryLookup extends AbstractProcessEnginePlugin {

    static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }

}
