package io.lodestone.api;

import java.util.List;

/** Strings that try to break out of a parameter: Cypher, JSON, Lucene, header and encoding tricks. */
final class HostileInput {

    static final List<String> INJECTIONS = List.of(
            // Cypher: close a string, a map or a pattern, then write
            "'", "\"", "`", "\\", "\\'", "country:VN' OR 1=1 //", "country:VN\" OR 1=1 //",
            "x'}) MATCH (n) DETACH DELETE n //", "\") DETACH DELETE n //", "x` DETACH DELETE n //",
            "country:VN'}) CREATE (:Injected) //", "MATCH (n) DETACH DELETE n", "CREATE (:Injected {by: 'api'})",
            "'; CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {}) //", "$from", "{from}", "/* */",
            "HEADQUARTERED_IN|PRODUCES]-() DETACH DELETE n //", "HEADQUARTERED_IN]->(x) DELETE x //",
            "Country:Injected", "Country) DETACH DELETE n //", "1; DROP CONSTRAINT entity_id",
            // JSON: close the string and add fields
            "\",\"status\":200,\"x\":\"", "\"}]}", "{\"$ne\":null}", "[\"a\",{\"b\":1}]", "\\u0000", "\\\"",
            // Lucene full-text syntax
            "*", "?", "~", "AND", "OR NOT", "name:*", "(", "[a TO z]", "{", "\"unclosed", "viet~10", "a^100", "\\",
            "title:(x) OR id:*", "/regex.*/", "&&", "||", "!", "+-",
            // Template, path and protocol tricks
            "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "../../etc/passwd", "..%2F..%2F", "%00", "%2e%2e",
            "country:VN\r\nX-Injected: 1", "q\u0000x", "\u202Ecountry:VN", "\uFEFFcountry:VN",
            // Unicode
            "Việt Nam 🇻🇳 中国 العربية", "\uD800", "\uDFFF\uD800", "ｃｏｕｎｔｒｙ：ＶＮ", "İı", "\u0301\u0301",
            // Sizes and numbers
            "x".repeat(10_240), "é".repeat(1_700), "9".repeat(400), "-1", "2147483648", "-2147483649",
            "1e309", "NaN", "0x10", " 5", "");

    private HostileInput() {
    }
}
