using System.Reflection;
using System.Reflection.Emit;

namespace Workflow.Web.Tests.Architecture;

/// <summary>
/// Which namespaces use which, read from compiled assemblies: for every type (nested and compiler-generated types count
/// for the namespace they sit in), the namespaces of its base type and interfaces, fields, properties, method
/// signatures, and every type, method and field its method bodies name. Only namespaces under the given roots are kept.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly string[] _roots;

    public NamespaceGraph(IEnumerable<Assembly> assemblies, params string[] roots)
    {
        _roots = roots;
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (Keep(type.Namespace) is { } from)
            {
                var targets = Edges.TryGetValue(from, out var known) ? known : Edges[from] = new HashSet<string>(StringComparer.Ordinal);
                foreach (var used in Used(type).Select(t => Keep(t.Namespace)).OfType<string>().Where(n => n != from))
                {
                    targets.Add(used);
                }
            }
        }
    }

    /// <summary>Namespace → the namespaces it uses.</summary>
    public Dictionary<string, HashSet<string>> Edges { get; } = new(StringComparer.Ordinal);

    public int EdgeCount => Edges.Values.Sum(e => e.Count);

    /// <summary>Each group of namespaces that reach one another (Tarjan), as one cycle through the group, e.g. "A → B → A".</summary>
    public IReadOnlyList<string> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<string>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in Edges.GetValueOrDefault(node) ?? [])
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
                var group = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != node);
                if (group.Count > 1)
                {
                    cycles.Add($"{string.Join(" → ", PathWithin(group, node))} (group of {group.Count}: {string.Join(", ", group.Order(StringComparer.Ordinal))})");
                }
            }
        }
        foreach (var node in Edges.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }
        return cycles;
    }

    /// <summary>A shortest way from <paramref name="start"/> back to itself inside one group (breadth first).</summary>
    private List<string> PathWithin(HashSet<string> group, string start)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in Edges.GetValueOrDefault(node) ?? [])
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = node; at != start; at = previous[at])
                    {
                        path.Insert(1, at);
                    }
                    path.Add(start);
                    return path;
                }
                if (group.Contains(next) && previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return [start];
    }

    private string? Keep(string? ns) =>
        ns is not null && _roots.Any(r => ns == r || ns.StartsWith(r + ".", StringComparison.Ordinal)) ? ns : null;

    private static IEnumerable<Type> Used(Type type)
    {
        var used = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            used.Add(baseType);
        }
        used.AddRange(type.GetInterfaces());
        used.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        used.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                used.Add(info.ReturnType);
            }
            used.AddRange(method.GetParameters().Select(p => p.ParameterType));
            used.AddRange(BodyTypes(type, method));
        }
        return used.SelectMany(Flatten);
    }

    /// <summary>A type with its generic arguments and element types: <c>Task&lt;List&lt;X&gt;&gt;</c> uses X.</summary>
    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            return Flatten(element);
        }
        if (type.IsGenericParameter)
        {
            return [];
        }
        var own = type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;
        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Flatten).Prepend(own) : [own];
    }

    /// <summary>The types, methods' declaring types and fields' types a method body names, read from its IL tokens.</summary>
    private static IEnumerable<Type> BodyTypes(Type type, MethodBase method)
    {
        if (method.GetMethodBody()?.GetILAsByteArray() is not { } il)
        {
            yield break;
        }
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            short code = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var operand = Operands[unchecked(code)];
            if (operand is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                switch (member)
                {
                    case Type named:
                        yield return named;
                        break;
                    case FieldInfo field:
                        yield return field.FieldType;
                        if (field.DeclaringType is { } fieldOwner)
                        {
                            yield return fieldOwner;
                        }
                        break;
                    case MethodBase called:
                        if (called.DeclaringType is { } owner)
                        {
                            yield return owner;
                        }
                        if (called is MethodInfo { ReturnType: var returned })
                        {
                            yield return returned;
                        }
                        if (called.IsGenericMethod)
                        {
                            foreach (var argument in called.GetGenericArguments())
                            {
                                yield return argument;
                            }
                        }
                        break;
                }
            }
            at += OperandSize(operand, il, at);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
