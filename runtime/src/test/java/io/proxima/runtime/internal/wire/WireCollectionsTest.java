package io.proxima.runtime.internal.wire;

import static io.proxima.runtime.internal.wire.Samples.roundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proxima.runtime.internal.wire.Samples.Color;
import io.proxima.runtime.internal.wire.Samples.Empty;
import io.proxima.runtime.internal.wire.Samples.Point;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WireCollectionsTest {

  @Test
  void listImplementationsOfTheJdk_arriveAsArrayListWithEqualContents() {
    List<List<Integer>> lists = List.of(List.of(), List.of(1), List.of(1, 2, 3), Arrays.asList(4, 5),
        Collections.unmodifiableList(new ArrayList<>(List.of(6))), Collections.emptyList(),
        Collections.singletonList(7), new CopyOnWriteArrayList<>(List.of(8, 9)), List.of(1, 2, 3, 4).subList(1, 3));
    for (List<Integer> list : lists) {
      Object copy = roundTrip(list, List.class);

      assertEquals(ArrayList.class, copy.getClass(), list.getClass().getName());
      assertEquals(list, copy);
    }
  }

  @Test
  void setImplementations_arriveAsLinkedHashSetOrTreeSetWhenSorted() {
    Set<Color> colors = EnumSet.of(Color.RED, Color.BLUE);
    for (Set<?> set : List.of(Set.of(), Set.of("a"), Set.of("a", "b", "c"), Collections.unmodifiableSet(
        new LinkedHashSet<>(List.of(3, 1, 2))), colors, Collections.singleton(1.5))) {
      Object copy = roundTrip(set, Set.class);

      assertEquals(LinkedHashSet.class, copy.getClass(), set.getClass().getName());
      assertEquals(set, copy);
    }
    Set<Integer> sorted = Collections.unmodifiableSortedSet(new TreeSet<>(List.of(3, 1, 2)));
    Object copy = roundTrip(sorted, Set.class);
    assertEquals(TreeSet.class, copy.getClass());
    assertEquals(List.of(1, 2, 3), new ArrayList<>((Collection<?>) copy));
    assertEquals(TreeSet.class, roundTrip(new ConcurrentSkipListSet<>(List.of("z")), Object.class).getClass());
  }

  @Test
  void insertionOrder_ofLinkedHashSetAndList_isKept() {
    LinkedHashSet<String> set = new LinkedHashSet<>(List.of("z", "a", "m"));

    assertEquals(List.of("z", "a", "m"), new ArrayList<>((Collection<?>) roundTrip(set, Set.class)));
  }

  @Test
  void mapImplementations_arriveAsLinkedHashMapOrTreeMapWhenSorted() {
    for (Map<?, ?> map : List.of(Map.of(), Map.of("a", 1), Map.of("a", 1, "b", 2, "c", 3),
        Collections.unmodifiableMap(new HashMap<>(Map.of(1, "one"))), new ConcurrentHashMap<>(Map.of("x", 'y')),
        Collections.singletonMap("k", null), Collections.emptyMap())) {
      Object copy = roundTrip(map, Map.class);

      assertEquals(LinkedHashMap.class, copy.getClass(), map.getClass().getName());
      assertEquals(map, copy);
    }
    Object sorted = roundTrip(Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(2, "b", 1, "a"))), Map.class);
    assertEquals(TreeMap.class, sorted.getClass());
    assertEquals(List.of(1, 2), new ArrayList<>(((Map<?, ?>) sorted).keySet()));
  }

  @Test
  void otherCollectionsAndQueues_arriveAsArrayListWithTheirElements() {
    PriorityQueue<Integer> queue = new PriorityQueue<>(List.of(3, 1, 2));
    Object copy = roundTrip(queue, Collection.class);

    assertEquals(ArrayList.class, copy.getClass());
    assertEquals(Set.of(1, 2, 3), Set.copyOf((Collection<?>) copy));
    assertEquals(ArrayDeque.class, roundTrip(new ArrayDeque<>(List.of(1)), Object.class).getClass());
  }

  @Test
  void reverseOrderedTreeSetAndTreeMap_keepTheirOrder() {
    TreeSet<Integer> set = new TreeSet<>(Collections.reverseOrder());
    set.addAll(List.of(1, 3, 2));
    TreeMap<String, Integer> map = new TreeMap<>(Collections.reverseOrder());
    map.putAll(Map.of("a", 1, "c", 3, "b", 2));

    TreeSet<Integer> setCopy = roundTrip(set, TreeSet.class);
    TreeMap<String, Integer> mapCopy = roundTrip(map, Object.class);

    assertEquals(List.of(3, 2, 1), new ArrayList<>(setCopy));
    assertEquals(List.of("c", "b", "a"), new ArrayList<>(mapCopy.keySet()));
    setCopy.add(4);
    assertEquals(4, setCopy.first(), "the copy is ordered by the same comparator");
  }

  @Test
  void treeSetWithACustomComparator_isRefusedAsCode() {
    TreeSet<String> set = new TreeSet<>(Comparator.comparing(String::length));
    set.add("x");
    try (WireWriter out = Samples.codec().newWriter()) {
      EncodingException e = assertThrows(EncodingException.class, () -> out.writeObject(set, Set.class));

      assertTrue(e.getMessage().contains("comparator is code, not data"), e.getMessage());
    }
  }

  @Test
  void nestedCollections_withMixedAndNullElements_arriveEqual() {
    Map<Object, Object> nested = new LinkedHashMap<>();
    nested.put("list", new ArrayList<>(Arrays.asList(1, "two", null, new Point(3, 3), List.of(List.of()))));
    nested.put(7, Map.of(Color.RED, Set.of(new Point(1, 2))));
    nested.put(null, new TreeMap<>(Map.of("z", new int[0].length)));
    nested.put(new Point(0, 0), null);

    assertEquals(nested, roundTrip(nested, Map.class));
  }

  @Test
  void collectionsOfNullsAndOfEmptyRecords_arriveWhole() {
    List<Object> nulls = Arrays.asList(new Object[1000]);
    List<Empty> empties = Collections.nCopies(1000, new Empty());

    assertEquals(nulls, roundTrip(nulls, List.class));
    assertEquals(empties, roundTrip(empties, List.class));
  }

  @Test
  void largeCollections_arriveWhole() {
    List<Integer> numbers = new ArrayList<>();
    Map<Integer, String> names = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      numbers.add(i);
      names.put(i, "n" + i);
    }

    assertEquals(numbers, roundTrip(numbers, List.class));
    assertEquals(names, roundTrip(names, Map.class));
  }
}
