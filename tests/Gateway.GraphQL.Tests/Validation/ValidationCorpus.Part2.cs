namespace Gateway.GraphQL.Tests.Validation;

/// <summary>Rule-test documents, part 2.</summary>
internal static partial class ValidationCorpus
{
    private static readonly string[] Part2 =
    [
        """
        fragment fragA on Type {
          field
        }
        """,
        """
        {
          ...Foo
        }
        fragment Foo on Type {
          field
        }
        """,
        """
        query Foo { field }
        query Bar { field }
        """,
        """
        {
          fieldA
        }
        {
          fieldB
        }
        """,
        """
        {
          fieldA
        }
        mutation Foo {
          fieldB
        }
        """,
        """
        {
          fieldA
        }
        subscription Foo {
          fieldB
        }
        """,
        """
        fragment fragA on Dog { ...fragB, ...fragB }
        fragment fragB on Dog { name }
        fragment nameFragment on Pet {
          ... on Dog { name }
          ... on Cat { name }
        }
        fragment spreadsInAnon on Pet {
          ... on Dog { ...nameFragment }
          ... on Cat { ...nameFragment }
        }
        fragment unknown on Dog { ...UnknownFragment }
        """,
        """
        fragment fragA on Human {
          relatives {
            ...fragA
          }
        }
        """,
        """
        fragment fragA on Dog {
          ...fragA
          ... on Dog {
            ...fragA
          }
        }
        """,
        """
        fragment fragB on Dog {
          ...fragA
        }
        fragment fragA on Dog {
          ...fragB
        }
        """,
        """
        fragment fragA on Dog {
          ...fragB
        }
        fragment fragB on Dog {
          ...fragC
        }
        fragment fragC on Dog {
          ...fragO
        }
        fragment fragX on Dog {
          ...fragY
        }
        fragment fragY on Dog {
          ...fragZ
        }
        fragment fragZ on Dog {
          ...fragO
        }
        fragment fragO on Dog {
          ...fragP
        }
        fragment fragP on Dog {
          ...fragA
          ...fragX
        }
        """,
        """
        fragment fragA on Pet {
          ... on Dog {
            mother {
              ...fragB
            }
          }
        }
        fragment fragB on Dog {
          ...fragA
        }
        """,
        """
        query Foo($a: String, $b: String, $c: String, $d: Boolean) {
          field(a: $a) @include(if: $d) {
            ... on Type {
              field(b: $b, list: [$c], obj: { nested: [{ deep: $a }] })
            }
            ...FragA
          }
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(c: $c)
        }
        """,
        """
        query Foo($a: String) {
          ...FragA
        }
        query Bar($a: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a)
        }
        """,
        """
        query Foo($a: String, $b: String, $c: String) {
          field(a: $a, b: $b, c: $c, d: $d)
        }
        """,
        """
        {
          field(a: $a)
        }
        """,
        """
        query Foo($b: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a) {
            ...FragB
          }
        }
        fragment FragB on Type {
          field(b: $b) {
            ...FragC
          }
        }
        fragment FragC on Type {
          field(c: $c)
        }
        """,
        """
        query Foo($a: String) {
          ...FragA
        }
        query Bar {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a)
        }
        """,
        """
        query Foo {
          a: field(a: $x)
          b: field(list: [1, $x])
        }
        """,
        """
        {
          human(id: 4) {
            ...HumanFields1
            ... on Human {
              ...HumanFields2
            }
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        """,
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        query Bar {
          human(id: 4) {
            ...HumanFields2
          }
        }
        fragment HumanFields1 on Human {
          name
        }
        fragment HumanFields2 on Human {
          name
        }
        """,
        """
        query Foo {
          human(id: 4) {
            ...HumanFields1
          }
        }
        fragment HumanFields1 on Human {
          name
          ...HumanFields3
        }
        fragment HumanFields2 on Human {
          name
        }
        fragment HumanFields3 on Human {
          name
        }
        fragment Unused1 on Human {
          name
          ...Unused2
        }
        fragment Unused2 on Human {
          name
          ...Unused1
        }
        """,
        """
        query Foo {
          human(id: 4) {
            ...bar
          }
        }
        fragment foo on Human {
          name
        }
        """,
        """
        query Foo($a: String, $b: String, $c: String, $d: Boolean, $e: Int) {
          field(a: $a) @skip(if: $d) {
            field(list: [[$b]], obj: { x: { y: $e } })
            ...FragA
          }
        }
        fragment FragA on Type {
          ... on Type {
            field(c: $c)
          }
        }
        """,
        """
        query ($a: String, $b: String, $c: String) {
          field(a: $a, b: $b)
        }
        """,
        """
        query Foo($a: String, $b: String) {
          ...FragA
        }
        fragment FragA on Type {
          field(a: $a)
        }
        fragment FragB on Type {
          field(b: $b)
        }
        """,
        """
        query Foo($a: String) {
          ...FragA
        }
        query Bar($a: String, $b: String) {
          ...FragB
        }
        fragment FragA on Type {
          field(a: $a)
        }
        fragment FragB on Type {
          field(b: $b)
        }
        """,
        """
        query Foo($a: Boolean, $b: Int @onVariableDefinition) {
          field(b: $b)
        }
        """,
        """
        {
          field {
            x: a
          },
          field {
            x: b
          }
        }
        """,
        """
        {
          field {
            x: a
            y: c
          },
          field {
            x: b
            y: d
          }
        }
        """,
    ];
}
