package org.wsis.productionguard;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A secret an application reads, declared under {@code wsis.secrets.<name>}: the environment variable
 * operators set (named in the refusal), the property it ends up in, whether production needs it, its
 * shortest acceptable length, and its shape: one value, or {@code id:secret} pairs separated by commas
 * (signing keys with their key ids), each secret checked on its own.
 */
public record SecretDeclaration(
        String variable,
        String property,
        @DefaultValue("false") boolean required,
        @DefaultValue("0") int minLength,
        @DefaultValue("plain") Shape shape) {

    public enum Shape {
        PLAIN,
        KEY_LIST
    }
}
