package io.lodestone.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Parameters that name one of a set of choices (mode, format, algorithm) are enums in the request
 * records. People write them in any case and with stray spaces; blank means the default. A value
 * that is none of them fails conversion, which the problem handler answers naming the choices.
 */
@Configuration(proxyBeanMethods = false)
class ChoiceParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ToChoice());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static final class ToChoice implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
            return value -> {
                if (value.isBlank()) {
                    return null;
                }
                for (T constant : type.getEnumConstants()) {
                    if (constant.name().equalsIgnoreCase(value.strip())) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("not one of " + type.getSimpleName() + "'s constants: " + value);
            };
        }
    }
}
