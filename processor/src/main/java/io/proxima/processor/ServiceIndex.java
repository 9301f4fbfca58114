package io.proxima.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The service index {@code META-INF/services/io.proxima.spi.RemoteInterface}: the binary names of
 * the generated descriptors, sorted, merged with the index a previous compilation left in the
 * class output.
 */
final class ServiceIndex {
  static final String PATH = "META-INF/services/io.proxima.spi.RemoteInterface";

  private ServiceIndex() {}

  static void write(Filer filer, Collection<String> descriptors) throws IOException {
    SortedSet<String> all = new TreeSet<>(descriptors);
    all.addAll(existing(filer));
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
    try (OutputStream out = file.openOutputStream();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      writer.write(render(all));
    }
  }

  static String render(SortedSet<String> descriptors) {
    StringBuilder text = new StringBuilder();
    descriptors.forEach(name -> text.append(name).append('\n'));
    return text.toString();
  }

  /** The entries of a service file: one name per line, {@code #} starts a comment. */
  static SortedSet<String> parse(Reader reader) throws IOException {
    SortedSet<String> names = new TreeSet<>();
    BufferedReader lines = new BufferedReader(reader);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      int comment = line.indexOf('#');
      String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static SortedSet<String> existing(Filer filer) {
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
      try (InputStream in = file.openInputStream();
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return parse(reader);
      }
    } catch (IOException | IllegalArgumentException e) {
      // No index from an earlier compilation (the usual case), or one the file manager cannot read.
      return new TreeSet<>();
    }
  }
}
