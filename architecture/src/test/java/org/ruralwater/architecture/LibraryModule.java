package org.ruralwater.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A library module of the reactor (core, a domain module, a file-format module, the links or the store): what embedders put on their path. */
record LibraryModule(ReactorModule module) {

    /** The library modules named by the root POM, in its order. */
    static List<LibraryModule> all() {
        return ReactorModule.all().stream()
                .filter(m -> m.kind() == ReactorModule.Kind.CORE
                        || m.kind() == ReactorModule.Kind.DOMAIN
                        || m.kind() == ReactorModule.Kind.FORMAT
                        || m.kind() == ReactorModule.Kind.LINK
                        || m.kind() == ReactorModule.Kind.STORE)
                .map(LibraryModule::new)
                .toList();
    }

    String name() {
        return module.name();
    }

    /** The module name its descriptor must declare: the root package, as for {@code org.ruralwater.core}. */
    String expectedModuleName() {
        return "org.ruralwater." + module.name().replace("-", "");
    }

    Path descriptorFile() {
        return module.classes().resolve("module-info.class");
    }

    /** The compiled {@code module-info}, if the module has one. */
    Optional<ModuleDescriptor> descriptor() {
        Path file = descriptorFile();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(ModuleDescriptor.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
