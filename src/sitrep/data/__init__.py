"""Package data: lexicons, actor and gazetteer resources, model weights, the sample."""
