package io.proxima.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest
  @CsvSource({
      "balance, BALANCE",
      "balanceAsync, BALANCE_ASYNC",
      "getURLName, GET_URL_NAME",
      "getURL, GET_URL",
      "find2Ways, FIND2_WAYS",
      "already_snake, ALREADY_SNAKE",
      "x, X"})
  void upperSnake_splitsWordsAtCaseChanges(String methodName, String constant) {
    assertEquals(constant, Names.upperSnake(methodName));
  }

  @Test
  void unique_numbersRepeatedNamesInOrder_andAvoidsTakenOnes() {
    assertEquals(
        List.of("FIND_1", "LIST", "FIND_2", "FINGERPRINT_", "FIND_1_"),
        Names.unique(List.of("FIND", "LIST", "FIND", "FINGERPRINT", "FIND_1"), Set.of("FINGERPRINT")));
  }

  @Test
  void generated_joinsEnclosingNamesWithUnderscores() {
    assertEquals(ClassName.get("com.acme", "Account_Proxy"), Names.generated(ClassName.get("com.acme", "Account"), "Proxy"));
    assertEquals(
        ClassName.get("com.acme", "Outer_Inner_Descriptor"),
        Names.generated(ClassName.get("com.acme", "Outer", "Inner"), "Descriptor"));
  }
}
