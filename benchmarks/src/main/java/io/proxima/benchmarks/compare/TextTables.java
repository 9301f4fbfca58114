package io.proxima.benchmarks.compare;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Renders rows of cells as an aligned plain-text table or as a markdown table. */
public final class TextTables {
  private TextTables() {}

  public static String aligned(List<String> headers, List<List<String>> rows) {
    int[] widths = new int[headers.size()];
    Stream.concat(Stream.of(headers), rows.stream()).forEach(row -> {
      for (int column = 0; column < row.size(); column++) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    });
    List<String> rules = Arrays.stream(widths).mapToObj("-"::repeat).toList();
    return Stream.concat(Stream.of(headers, rules), rows.stream())
        .map(row -> alignedLine(row, widths))
        .collect(Collectors.joining());
  }

  public static String markdown(List<String> headers, List<List<String>> rows) {
    List<String> rule = headers.stream().map(header -> "---").toList();
    return Stream.concat(Stream.of(headers, rule), rows.stream())
        .map(TextTables::markdownLine)
        .collect(Collectors.joining());
  }

  private static String alignedLine(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < row.size(); column++) {
      String cell = row.get(column);
      line.append(cell).append(" ".repeat(widths[column] - cell.length() + 2));
    }
    return line.toString().stripTrailing() + "\n";
  }

  private static String markdownLine(List<String> cells) {
    return cells.stream().map(cell -> cell.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
  }
}
