package nl.geboortezorg.werkplaats.demo;

import nl.geboortezorg.werkplaats.database.DatabaseMode;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DatabaseMode.withDemoData(context.getEnvironment());
    }
}
