package org.wsis.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The portal's real templates and message bundles, as the tests of its pages render them. */
final class Templates {

    private Templates() {}

    private static final SpringTemplateEngine ENGINE = engine();
    private static final ThymeleafEvaluationContext EXPRESSIONS = expressions();

    private static ThymeleafEvaluationContext expressions() {
        GenericApplicationContext application = new GenericApplicationContext();
        application.registerBean("reference", ReferenceData.class);
        application.registerBean("dates", DateTexts.class);
        application.registerBean("worldMap", WorldMap.class);
        application.refresh();
        return new ThymeleafEvaluationContext(application, new DefaultConversionService());
    }

    /**
     * A page as the portal renders it for {@code model} in {@code locale}, with the portal's {@code @reference}
     * and {@code @dates} beans; fails when a text is missing from the language's messages.
     */
    static String render(String template, Map<String, Object> model, Locale locale) {
        MockServletContext servlet = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servlet, "GET", "/");
        Map<String, Object> variables = new HashMap<>(model);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, EXPRESSIONS);
        String page = ENGINE.process(
                template,
                new WebContext(
                        JakartaServletWebApplication.buildApplication(servlet)
                                .buildExchange(request, new MockHttpServletResponse()),
                        locale,
                        variables));
        assertThat(page).as(template + " in " + locale).doesNotContain("??");
        return page;
    }

    static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}
