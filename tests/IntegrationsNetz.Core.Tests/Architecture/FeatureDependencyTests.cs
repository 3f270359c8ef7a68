using System.Text.RegularExpressions;
using IntegrationsNetz.Core.Data;
using IntegrationsNetz.Testing;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace IntegrationsNetz.Core.Tests.Architecture;

/// <summary>
/// Core's features (<c>IntegrationsNetz.Core.X</c>) must not use each other in a circle, so each can be read, changed
/// and tested from its own folder. The rule reads the compiled assembly (a fully qualified name, a <c>DbSet</c> of
/// another feature's entity or a lambda's closure counts as a use) and the source's <c>using</c> lines (a constant is
/// compiled into the user, so only the source shows it).
/// </summary>
public sealed partial class FeatureDependencyTests
{
    private const string Root = "IntegrationsNetz.Core.";

    /// <summary>The DbContext and entity configuration know every feature by design.</summary>
    private static readonly HashSet<string> KnowsAll = ["Data"];

    /// <summary>Shared leaves: every feature may use them, and they use no feature.</summary>
    private static readonly HashSet<string> Leaves = ["Common", "Configuration", "Resources"];

    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> Graph = new(Read);

    [Fact]
    public void Features_do_not_import_each_other_in_a_cycle()
    {
        var graph = Graph.Value;
        var cycles = StronglyConnected(graph).Where(c => c.Count > 1).ToList();
        var report = cycles.Select(cycle => string.Join(Environment.NewLine, cycle.SelectMany(from =>
            graph[from].Where(e => cycle.Contains(e.Key)).Select(e => $"  {from} -> {e.Key} (e.g. {e.Value})"))));
        Assert.True(cycles.Count == 0, "Cycles between Core's features:" + Environment.NewLine + string.Join(Environment.NewLine + "and" + Environment.NewLine, report));
    }

    [Fact]
    public void Shared_leaves_use_no_feature()
    {
        var uses = Leaves.Where(Graph.Value.ContainsKey)
            .SelectMany(leaf => Graph.Value[leaf].Where(e => !Leaves.Contains(e.Key)).Select(e => $"{leaf} -> {e.Key} (e.g. {e.Value})"))
            .ToList();
        Assert.True(uses.Count == 0, string.Join(Environment.NewLine, uses));
    }

    /// <summary>The premise: the reader sees the features and the uses we know are there, so a pass means something.</summary>
    [Fact]
    public void The_reader_sees_the_known_direction_of_uses()
    {
        var graph = Graph.Value;
        Assert.Contains("Organisation", graph["Accounts"].Keys);
        Assert.Contains("Mail", graph["Accounts"].Keys);
        Assert.Contains("Offers", graph["Search"].Keys);
        Assert.Contains("Content", graph["ContentFiles"].Keys);
        Assert.True(graph.Count >= 10, string.Join(", ", graph.Keys));
    }

    /// <summary>Feature -> the features it uses, each with one type that shows where.</summary>
    private static Dictionary<string, Dictionary<string, string>> Read()
    {
        using var module = ModuleDefinition.ReadModule(typeof(PortalDbContext).Assembly.Location);
        var graph = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in module.Types.SelectMany(Nested))
        {
            if (Feature(type) is not { } from || KnowsAll.Contains(from))
            {
                continue;
            }

            var edges = graph.TryGetValue(from, out var known) ? known : graph[from] = [];
            foreach (var used in Uses(type).Select(Feature).OfType<string>().Where(f => f != from && !KnowsAll.Contains(f)))
            {
                edges.TryAdd(used, Outermost(type).FullName);
            }
        }

        var source = Path.Combine(TestPaths.RepositoryRoot, "src", "Core");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file).Split(Path.DirectorySeparatorChar);
            if (relative.Length < 2 || relative[0] is "bin" or "obj" || KnowsAll.Contains(relative[0]))
            {
                continue;
            }

            var edges = graph.TryGetValue(relative[0], out var known) ? known : graph[relative[0]] = [];
            foreach (Match use in CoreUsing().Matches(File.ReadAllText(file)))
            {
                var used = use.Groups[1].Value;
                if (used != relative[0] && !KnowsAll.Contains(used))
                {
                    edges.TryAdd(used, "using in " + string.Join('/', relative));
                }
            }
        }

        return graph;
    }

    [GeneratedRegex(@"^using IntegrationsNetz\.Core\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex CoreUsing();

    private static IEnumerable<TypeDefinition> Nested(TypeDefinition type) => type.NestedTypes.SelectMany(Nested).Prepend(type);

    private static TypeReference Outermost(TypeReference type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static string? Feature(TypeReference type)
    {
        var ns = Outermost(type.GetElementType()).Namespace;
        if (!ns.StartsWith(Root, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[Root.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>Every type a type's signatures, attributes and method bodies name.</summary>
    private static IEnumerable<TypeReference> Uses(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    generic.GenericArguments.ToList().ForEach(Add);
                    return;
                case TypeSpecification spec:
                    Add(spec.ElementType);
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }

        void Attributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
                attribute.ConstructorArguments.Select(a => a.Value).OfType<TypeReference>().ToList().ForEach(Add);
            }
        }

        void Method(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            if (method is GenericInstanceMethod generic)
            {
                generic.GenericArguments.ToList().ForEach(Add);
            }
        }

        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        Attributes(type);
        type.GenericParameters.SelectMany(g => g.Constraints).ToList().ForEach(c => Add(c.ConstraintType));
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            Attributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            Attributes(property);
        }

        foreach (var method in type.Methods)
        {
            Method(method);
            Attributes(method);
            if (!method.HasBody)
            {
                continue;
            }

            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var operand in method.Body.Instructions.Select(i => i.Operand))
            {
                switch (operand)
                {
                    case TypeReference t:
                        Add(t);
                        break;
                    case MethodReference m:
                        Method(m);
                        break;
                    case FieldReference f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }

        return found;
    }

    /// <summary>Tarjan's strongly connected components: each component with more than one feature is a cycle.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, Dictionary<string, string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in graph.Keys.Where(n => !index.ContainsKey(n)).ToList())
        {
            Visit(node);
        }

        return components;
    }
}
