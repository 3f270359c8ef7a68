using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace IntegrationsNetz.Core.Search;

/// <summary>
/// Runs the per-word part of the analysis (stop words, folding, compound parts, stemming) once per distinct word and
/// replays the remembered tokens for every later occurrence. Those filters look at one word at a time and always give
/// the same tokens for the same word, but cost four fifths of the analysis (the tokenizer is the rest); a directory
/// uses a few thousand distinct words again and again, so the index build spends most of its time in this chain.
/// The replay gives exactly the tokens, position increments and offsets the chain gives (checked by a test).
/// </summary>
internal sealed class WordAnalysisMemo : TokenFilter
{
    // Distinct words remembered per instance (one per thread and analyzer); beyond that it starts over.
    private const int MaxWords = 50_000;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly CharArrayDictionary<WordToken[]> _known = new(GermanSearchAnalyzer.Version, 1024, ignoreCase: false);
    private readonly OneWord _word;
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _chainTerm;
    private readonly IOffsetAttribute _chainOffset;
    private readonly IPositionIncrementAttribute _chainIncrement;

    private WordToken[] _pending = [];
    private int _next;
    private int _start;
    private int _end;
    private int _skipped;

    /// <param name="chain">Builds the per-word filters on top of the stream it is given.</param>
    public WordAnalysisMemo(TokenStream input, Func<TokenStream, TokenStream> chain)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _word = new OneWord();
        _chain = chain(_word);
        _chainTerm = _chain.AddAttribute<ICharTermAttribute>();
        _chainOffset = _chain.AddAttribute<IOffsetAttribute>();
        _chainIncrement = _chain.AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_next >= _pending.Length)
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            _skipped += _increment.PositionIncrement;
            (_start, _end) = (_offset.StartOffset, _offset.EndOffset);
            if (!_known.TryGetValue(_term.Buffer, 0, _term.Length, out var tokens))
            {
                tokens = Analyse(new string(_term.Buffer, 0, _term.Length));
            }

            (_pending, _next) = (tokens, 0);
        }

        var token = _pending[_next];
        ClearAttributes();
        _term.SetEmpty().Append(token.Term);
        if (_next == 0)
        {
            // The word's own increment plus those of the words dropped before it (stop words), as StopFilter does.
            _increment.PositionIncrement = _skipped + token.Increment - 1;
            _skipped = 0;
        }
        else
        {
            _increment.PositionIncrement = token.Increment;
        }

        _offset.SetOffset(token.WholeWord ? _start : _start + token.Start, token.WholeWord ? _end : _start + token.End);
        _next++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        (_pending, _next, _skipped) = ([], 0, 0);
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skipped;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chain.Dispose();
        }

        base.Dispose(disposing);
    }

    private WordToken[] Analyse(string word)
    {
        _word.Set(word);
        _chain.Reset();
        var tokens = new List<WordToken>(2);
        while (_chain.IncrementToken())
        {
            var whole = _chainOffset.StartOffset == 0 && _chainOffset.EndOffset == word.Length;
            tokens.Add(new WordToken(_chainTerm.ToString(), _chainIncrement.PositionIncrement, _chainOffset.StartOffset, _chainOffset.EndOffset, whole));
        }

        _chain.End();
        if (_known.Count >= MaxWords)
        {
            _known.Clear();
        }

        var result = tokens.ToArray();
        _known.Put(word, result, out _);
        return result;
    }

    private readonly record struct WordToken(string Term, int Increment, int Start, int End, bool WholeWord);

    /// <summary>A stream of exactly one word, the input of the per-word chain.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private string _word = string.Empty;
        private bool _done;

        public OneWord()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public void Set(string word) => _word = word;

        public override bool IncrementToken()
        {
            if (_done)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(_word);
            _offset.SetOffset(0, _word.Length);
            _increment.PositionIncrement = 1;
            _done = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }
    }
}
