namespace IntegrationsNetz.Testing;

/// <summary>Waits for something the portal does in the background: asks often, gives up at a deadline.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan deadline, Func<string> what)
    {
        var end = DateTime.UtcNow + deadline;
        while (!await condition())
        {
            if (DateTime.UtcNow > end)
            {
                Assert.Fail($"Not within {deadline.TotalSeconds:0.#} s: {what()}");
            }

            await Task.Delay(100);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan deadline, Func<string> what) =>
        UntilAsync(() => Task.FromResult(condition()), deadline, what);

    /// <summary>Asks again at short intervals until the answer is the awaited one, and returns it.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> ask, Func<T, bool> done, TimeSpan deadline, string what)
    {
        var end = DateTime.UtcNow + deadline;
        while (true)
        {
            var answer = await ask();
            if (done(answer))
            {
                return answer;
            }

            if (DateTime.UtcNow > end)
            {
                Assert.Fail($"Not within {deadline.TotalSeconds:0.#} s: {what} (last answer: {answer})");
            }

            await Task.Delay(50);
        }
    }
}
