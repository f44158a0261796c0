// SPDX-License-Identifier: Apache-2.0
package org.cnms.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cnms.core.Labelled;
import org.cnms.core.LocalizedText;

/**
 * Checks of a module's texts, run by each module's own tests from its base directory: every
 * labelled enum of the module has its label in both bundle files, and no text uses a term that
 * T/CAS 612 does not (the register's list of wrong terms).
 */
public final class Bundles {

  /**
   * The terms the item-level register lists under "Wrong terms to avoid", as patterns: the
   * standard's own word is given in the message. A few take a guard against innocent neighbours
   * (提供方… is not 供方).
   */
  private static final List<String[]> WRONG_TERMS = List.of(
      new String[] {"内外部问题", "外部和内部因素"},
      new String[] {"内部和外部问题", "外部和内部因素"},
      new String[] {"行动计划", "措施计划"},
      new String[] {"输入能源", "购入能源"},
      new String[] {"抵销", "抵消"},
      new String[] {"制冷剂管理", "制冷机管理"},
      new String[] {"变更管理", "变更控制"},
      new String[] {"可再现", "可重复"},
      new String[] {"碳中和工作组", "碳中和管理团队"},
      new String[] {"基线", "碳中和基准 / 基准年"},
      new String[] {"碳中和绩效指标", "碳中和绩效参数"},
      new String[] {"温室气体盘查", "GHG 评审 / GHG 排放清单"},
      new String[] {"能源评审", "GHG 评审"},
      new String[] {"不合格", "不符合"},
      new String[] {"纠正预防措施", "纠正措施"},
      new String[] {"(?<!提)供方", "供应商"},
      new String[] {"外包方", "承包方"},
      new String[] {"中期目标", "碳中和阶段性目标"},
      new String[] {"远景目标", "碳中和愿景目标"},
      new String[] {"内审", "内部审核"},
      new String[] {"绩效评估", "绩效评价"},
      new String[] {"碳中和管理方针", "碳中和方针"},
      new String[] {"(?i)imported energy", "purchased energy"},
      new String[] {"(?i)\\b(context|internal|external) issues?\\b", "factors"},
      new String[] {"(?i)preventive action", "corrective action"},
      new String[] {"(?i)\\breproducible\\b", "repeatable"},
      new String[] {"(?i)refrigerant management", "refrigeration-machine management"});

  private Bundles() {}

  /** The wrong terms in {@code text}, each with the standard's word: empty when it is clean. */
  public static List<String> wrongTerms(String text) {
    List<String> found = new ArrayList<>();
    for (String[] t : WRONG_TERMS) {
      Matcher m = Pattern.compile(t[0]).matcher(text);
      while (m.find()) {
        found.add("'" + m.group() + "' (the standard says " + t[1] + ")");
      }
    }
    return found;
  }

  /** Asserts that no value of the module's bundle files uses a wrong term. */
  public static void assertNoWrongTerms(String module) {
    List<String> problems = new ArrayList<>();
    for (Path file : bundleFiles(module)) {
      Properties p = load(file);
      for (String key : new TreeSet<>(p.stringPropertyNames())) {
        for (String w : wrongTerms(p.getProperty(key))) {
          problems.add(file.getFileName() + " " + key + ": " + w);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Asserts that every constant of every enum of the module that is {@link Labelled} through the
   * module's bundle has its label in the root (English) and the Chinese file itself (not by
   * falling back), non-blank, and that the Chinese label holds Chinese characters or is a symbol
   * the standard also writes in Latin letters.
   *
   * @param module the module's i18n directory name, e.g. {@code core} for {@code org.cnms.core}
   * @param text the module's texts
   */
  public static void assertLabelsInBothLanguages(String module, LocalizedText text) {
    Path dir = i18nDir(module);
    Properties en = load(dir.resolve("Texts.properties"));
    Properties zh = load(dir.resolve("Texts_zh.properties"));
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : labelledEnums()) {
      for (Object constant : type.getEnumConstants()) {
        String key = LocalizedText.key((Enum<?>) constant);
        if (!en.containsKey(key) && !zh.containsKey(key)) {
          continue; // labelled by its own data, not by the bundle (e.g. user-defined unit types)
        }
        checked++;
        if (en.getProperty(key, "").isBlank()) {
          problems.add(key + " has no English label");
        }
        if (zh.getProperty(key, "").isBlank()) {
          problems.add(key + " has no Chinese label");
        }
        String label = ((Labelled) constant).label(Locale.CHINESE);
        if (!label.equals(zh.getProperty(key, label)) || !label.equals(text.get(key, Locale.CHINA))) {
          problems.add(key + ": label(zh) does not read the Chinese file");
        }
      }
    }
    for (String key : zh.stringPropertyNames()) {
      if (!en.containsKey(key)) {
        problems.add(key + " is in Texts_zh.properties but not in Texts.properties");
      }
    }
    for (String key : en.stringPropertyNames()) {
      if (!zh.containsKey(key)) {
        problems.add(key + " is in Texts.properties but not in Texts_zh.properties");
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked > 0, "no labelled enum found under target/classes");
  }

  /** The enums of the module's compiled classes that implement {@link Labelled}. */
  static List<Class<?>> labelledEnums() {
    Path classes = Path.of("target", "classes");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = classes.relativize(f).toString();
        if (!name.endsWith(".class") || name.endsWith("module-info.class")
            || name.endsWith("package-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - 6).replace(f.getFileSystem()
            .getSeparator(), ".");
        Class<?> type;
        try {
          type = Class.forName(className, false, Bundles.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          type = loadFromContext(className);
        }
        if (type != null && type.isEnum() && Labelled.class.isAssignableFrom(type)) {
          out.add(type);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Class<?> loadFromContext(String className) {
    try {
      return Class.forName(className, false, Thread.currentThread().getContextClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static List<Path> bundleFiles(String module) {
    Path dir = i18nDir(module);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path i18nDir(String module) {
    return Path.of("src", "main", "resources", "org", "cnms", module, "i18n");
  }

  private static Properties load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
